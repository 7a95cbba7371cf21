import Yams

/// Limits that keep hostile front matter (alias bombs, absurd nesting) from exhausting memory or stack.
enum YAMLBounds {
    /// Deepest nesting of mappings and lists accepted.
    static let maximumDepth = 64
    /// Most values a document may expand to, counting every use of an alias.
    static let maximumNodes = 20_000

    /// Why `yaml` must not be composed at all (nesting too deep for the parser's recursion), or nil.
    ///
    /// Counts flow brackets and block indentation without parsing, so that a document nested
    /// 100,000 levels deep is refused before Yams' recursive composer sees it.
    static func nestingProblem(in yaml: String) -> (line: Int, message: String)? {
        var depth = 0
        var line = 1
        var atLineStart = true
        var indentation = 0
        var blockLevels = 0
        for byte in yaml.utf8 {
            switch byte {
            case UInt8(ascii: "\n"):
                line += 1
                atLineStart = true
                indentation = 0
                blockLevels = 0
                continue
            case UInt8(ascii: " ") where atLineStart:
                indentation += 1
            case UInt8(ascii: "-") where atLineStart:
                blockLevels += 1
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                atLineStart = false
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth = max(0, depth - 1)
                atLineStart = false
            default:
                atLineStart = false
            }
            if depth > maximumDepth || blockLevels > maximumDepth || indentation > maximumDepth * 8 {
                return (line, "front matter nests deeper than \(maximumDepth) levels")
            }
        }
        return nil
    }

    /// Why a composed document is too large (reported at its root) or too deep (at the node too deep), or nil.
    /// Walks without recursion.
    static func sizeProblem(in root: Node) -> (node: Node, message: String)? {
        var pending: [(Node, Int)] = [(root, 1)]
        var count = 0
        while let (node, depth) = pending.popLast() {
            count += 1
            if count > maximumNodes { return (root, "front matter expands past \(maximumNodes) values (are aliases repeating it?)") }
            if depth > maximumDepth { return (node, "front matter nests deeper than \(maximumDepth) levels") }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping {
                    pending.append((key, depth + 1))
                    pending.append((value, depth + 1))
                }
            case .sequence(let sequence):
                for item in sequence { pending.append((item, depth + 1)) }
            case .scalar, .alias:
                break
            }
        }
        return nil
    }
}
