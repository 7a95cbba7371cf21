import Mustache

/// A template object the template engine reads directly, answering exactly the names its `fields`
/// declare. Each value is worked out when a template asks for it, so a Markdown template never pays for
/// an HTML chart and an HTML template never pays for Markdown escaping. Views made once per report are
/// classes; the rows of long lists (excerpts, ratings, scores) are structs, which the engine's casts
/// read without the class checks.
protocol TemplateView: MustacheParent {
    /// The names this view answers, each with how its value is made.
    static var fields: ViewFields<Self> { get }
}

extension TemplateView {
    func child(named name: String) -> Any? { Self.fields.value(of: name, in: self) }

    /// The names a template may read from this view.
    static var schema: ViewSchema { fields.schema }
}

/// One name a view answers: what it holds and how its value is made from the view.
struct ViewField<View>: Sendable {
    let name: String
    let kind: ViewSchema.Kind
    let make: @Sendable (View) -> Any?

    /// Text, a number or a flag; nil (absent) reads as nothing and skips `{{#name}}` sections.
    static func value(_ name: String, _ make: @escaping @Sendable (View) -> Any?) -> ViewField {
        ViewField(name: name, kind: .value, make: make)
    }

    /// One object of `type`, or nil when absent.
    static func object<Child: TemplateView>(_ name: String, _ type: Child.Type, _ make: @escaping @Sendable (View) -> Child?) -> ViewField {
        ViewField(name: name, kind: .object(type.schema), make: make)
    }

    /// A list of `type`.
    static func list<Child: TemplateView>(_ name: String, of type: Child.Type, _ make: @escaping @Sendable (View) -> [Child]) -> ViewField {
        ViewField(name: name, kind: .list(type.schema), make: make)
    }

    /// A list of text.
    static func texts(_ name: String, _ make: @escaping @Sendable (View) -> [String]) -> ViewField {
        ViewField(name: name, kind: .list(nil), make: { make($0) })
    }
}

/// A view's fields: its schema and, by name, how each value is made.
struct ViewFields<View>: Sendable {
    let schema: ViewSchema
    private let makers: [String: @Sendable (View) -> Any?]
    private let fields: [ViewField<View>]

    /// The fields of the object named `object` in messages (e.g. `goal`). A name given twice is
    /// answered by its last field, so a view that lifts another's fields can replace one on purpose.
    init(_ object: String, _ fields: [ViewField<View>]) {
        self.fields = fields
        makers = Dictionary(fields.map { ($0.name, $0.make) }, uniquingKeysWith: { _, last in last })
        schema = ViewSchema(object: object, kinds: Dictionary(fields.map { ($0.name, $0.kind) }, uniquingKeysWith: { _, last in last }))
    }

    /// The value of `name` in `view`; nil for an absent value or a name not declared.
    func value(of name: String, in view: View) -> Any? {
        makers[name]?(view)
    }

    /// These fields read through `part` from a view that wraps this one, with `more` of its own.
    func lifted<Outer>(_ object: String, through part: @escaping @Sendable (Outer) -> View, adding more: [ViewField<Outer>]) -> ViewFields<Outer> {
        let inherited = fields.map { field in
            let make = field.make
            return ViewField<Outer>(name: field.name, kind: field.kind, make: { make(part($0)) })
        }
        return ViewFields<Outer>(object, inherited + more)
    }
}
