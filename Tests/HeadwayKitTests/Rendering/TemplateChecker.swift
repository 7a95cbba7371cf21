import Foundation
@testable import HeadwayKit

/// Checks that every name a template reads resolves on the views it is rendered with, from the views'
/// declared schemas alone, following swift-mustache 2.1.1's lookup: a name not found in the innermost
/// object is looked up in the enclosing ones; the parts of a dotted name after the first are looked up
/// in the object the first names; a leading `.` looks only in the innermost object; `.` is that object;
/// transforms (`count(x)`, `reversed(x)`, `first()`, `index()`) apply to the variable inside the
/// parentheses; a section on an object or a list reads that object or each item first; an inverted
/// section, a block or a section on text reads what its enclosing section reads; a partial is checked
/// where it is included, with the objects open there.
struct TemplateChecker {
    /// An unknown name, at a template's line.
    struct Problem: Equatable, CustomStringConvertible {
        var template: String
        var line: Int
        var message: String
        var description: String { "\(template):\(line): \(message)" }
    }

    /// Template texts by name (`report.md`, `incomplete.md`, …): those checked and the partials they include.
    let templates: [String: String]

    /// Partials nested deeper than this are not followed (TemplateSet refuses them).
    static let maximumDepth = 20

    private static let sequenceTransforms = ["first", "last", "reversed", "sorted", "count", "empty", "enumerated"]
    private static let valueTransforms = ["empty", "capitalized", "lowercased", "uppercased", "reversed",
                                          "equalzero", "plusone", "minusone", "even", "odd"]
    /// `first()`, `index()`, …: about the item of the list a section iterates.
    private static let positionTransforms = ["first", "last", "index", "even", "odd"]

    /// Every unknown name `name` reads, rendered with a view of `schema`.
    func problems(in name: String, root schema: ViewSchema) -> [Problem] {
        var problems: [Problem] = []
        walk(name, stack: [schema], depth: 0, into: &problems)
        return problems
    }

    /// The names of the templates `name` includes, directly or through others.
    func partials(of name: String) -> Set<String> {
        guard let text = templates[name], case .success(let tags) = TemplateScanner.tags(in: text) else { return [] }
        let direct = Set(tags.filter { $0.kind == .partial || $0.kind == .parent }.map(\.name))
        return direct.union(direct.filter { $0 != name }.flatMap(partials(of:)))
    }

    /// Walks the tags of template `name` with `stack` (innermost last; nil for text, numbers and flags).
    private func walk(_ name: String, stack start: [ViewSchema?], depth: Int, into problems: inout [Problem]) {
        guard let text = templates[name] else { return }
        switch TemplateScanner.tags(in: text) {
        case .failure(let problem):
            problems.append(Problem(template: name, line: problem.line, message: problem.message))
        case .success(let tags):
            var stack = start
            for tag in tags {
                func report(_ message: String) { problems.append(Problem(template: name, line: tag.line, message: message)) }
                switch tag.kind {
                case .variable:
                    if case .failure(let message) = resolve(tag.name, in: stack) { report(message.text) }
                case .section:
                    switch resolve(tag.name, in: stack) {
                    case .success(let kind): stack.append(kind?.sectionSchema)
                    case .failure(let message): report(message.text); stack.append(nil)
                    }
                case .invertedSection:
                    if case .failure(let message) = resolve(tag.name, in: stack) { report(message.text) }
                    stack.append(nil)
                case .block:
                    stack.append(nil)
                case .parent, .partial:
                    if templates[tag.name] == nil { report("unknown partial '\(tag.name)'") }
                    if depth < Self.maximumDepth { walk(tag.name, stack: stack, depth: depth + 1, into: &problems) }
                    if tag.kind == .parent { stack.append(nil) }
                case .close:
                    stack.removeLast()
                }
            }
        }
    }

    /// What `expression` reads in `stack`, or why it reads nothing.
    private func resolve(_ expression: String, in stack: [ViewSchema?]) -> Result<ViewSchema.Kind?, Message> {
        var transforms: [String] = []
        var name = Substring(expression)
        while name.hasSuffix(")"), let open = name.firstIndex(of: "(") {
            transforms.append(String(name[..<open]).trimmed)
            name = name[name.index(after: open)..<name.index(before: name.endIndex)]
        }
        let variable = String(name).trimmed
        if variable.isEmpty, !transforms.isEmpty {
            return transforms.allSatisfy(Self.positionTransforms.contains)
                ? .success(nil) : .failure(Message("unknown transform in '\(expression)'"))
        }
        return lookUp(variable, in: stack).flatMap { apply(transforms.reversed(), to: $0, in: expression) }
    }

    private func lookUp(_ variable: String, in stack: [ViewSchema?]) -> Result<ViewSchema.Kind?, Message> {
        if variable == "." { return .success(stack.last.flatMap { $0 }.map(ViewSchema.Kind.object)) }
        let innermostOnly = variable.hasPrefix(".")
        let parts = variable.split(separator: ".").map(String.init)
        guard let first = parts.first else { return .failure(Message("empty variable name")) }
        let frames = innermostOnly ? Array(stack.suffix(1)) : stack
        guard let found = frames.reversed().lazy.compactMap({ $0?.kinds[first] }).first else {
            let object = stack.reversed().lazy.compactMap { $0 }.first?.object ?? "the template"
            return .failure(Message("unknown variable '\(first)' in \(object)"))
        }
        var kind: ViewSchema.Kind? = found
        var object = first
        for part in parts.dropFirst() {
            guard case .object(let schema)? = kind else {
                return .failure(Message("'\(object)' has no '\(part)': it is not an object"))
            }
            guard let next = schema.kinds[part] else { return .failure(Message("unknown variable '\(part)' in \(schema.object)")) }
            kind = next
            object = part
        }
        return .success(kind)
    }

    private func apply(_ transforms: [String], to kind: ViewSchema.Kind?, in expression: String) -> Result<ViewSchema.Kind?, Message> {
        var kind = kind
        for transform in transforms {
            if case .list(let item)? = kind {
                guard Self.sequenceTransforms.contains(transform) else { return .failure(Message("unknown transform '\(transform)' for a list in '\(expression)'")) }
                switch transform {
                case "first", "last": kind = item.map(ViewSchema.Kind.object)
                case "reversed", "sorted", "enumerated": break
                default: kind = .value
                }
            } else {
                guard Self.valueTransforms.contains(transform) else { return .failure(Message("unknown transform '\(transform)' in '\(expression)'")) }
                kind = .value
            }
        }
        return .success(kind)
    }

    /// Why a name reads nothing.
    struct Message: Error, Equatable {
        var text: String
        init(_ text: String) { self.text = text }
    }
}

extension ViewSchema.Kind {
    /// The names a section on this value reads first (nil for text, numbers and flags).
    var sectionSchema: ViewSchema? {
        switch self {
        case .value: nil
        case .object(let schema): schema
        case .list(let schema): schema
        }
    }
}

private extension String {
    var trimmed: String { trimmingCharacters(in: .whitespaces) }
}
