extension ModelDefinition {
    /// Every key a definition may have at its root (see `docs/models.md`).
    static let rootKeys = [
        "id", "provider", "family", "id_style", "aliases", "format", "url_ttl_seconds",
        "image_count_field", "seed_field", "fields",
        "pixels_by", "pixels_treat_as", "pixels",
        "price_unit", "price_by", "price_treat_as", "price_per_image",
        "duration_by", "duration_treat_as", "duration_ms",
        "notes",
    ]

    /// Longest URL lifetime a definition may set: ten years.
    static let maxURLLifetimeSeconds = 315_360_000
    /// Largest image count field maximum; keeps price arithmetic far from overflow.
    static let maxImageCount = 10_000
    /// Longest duration a definition may set: seven days, in milliseconds.
    static let maxDurationMilliseconds = 604_800_000
    /// Largest image side, in pixels, a definition may set: the most the media renderer draws
    /// (a test checks it equals `EmulatorMedia`'s `ImageSpec.maxDimension`), so every pixel size
    /// a model hands out can be served.
    public static let maxImageSide = 8192

    /// Decodes a definition from fixture text (one JSON object).
    public init(fixtureText: String) throws(ModelDefinitionError) {
        let value: JSONValue
        do {
            value = try JSONParser.parse(fixtureText)
        } catch {
            throw ModelDefinitionError(path: "", "not valid JSON: \(error)")
        }
        try self.init(json: try FixtureObject(value, path: "").object)
    }

    /// Decodes a definition from its JSON object; every problem names its key path.
    public init(json: JSONObject) throws(ModelDefinitionError) {
        let root = FixtureObject(json)
        try root.rejectUnknownKeys(Self.rootKeys)
        id = try root.string("id")
        if id.isEmpty { throw ModelDefinitionError(path: "id", "must not be empty") }
        provider = try root.choice("provider", as: Provider.self)
        family = try root.choice("family", as: EnvelopeFamily.self)
        idStyle = try root.choice("id_style", as: TaskIDStyle.self)
        aliases = try root.stringArray("aliases") ?? []
        format = try root.choice("format", as: ImageFormat.self)
        urlLifetimeSeconds = Int64(try root.int("url_ttl_seconds", in: 1...Self.maxURLLifetimeSeconds))
        _ = try root.stringArray("notes")
        source = json

        let fields = try Self.readFields(root)
        self.fields = fields
        imageCountField = try Self.integerField(root, "image_count_field", fields: fields, countsImages: true)
        seedField = try Self.integerField(root, "seed_field", fields: fields, countsImages: false)

        let pixelAxes = try Self.axes(root, "pixels_by", fields: fields)
        pixels = try LookupTable(axes: pixelAxes.names, axisValues: pixelAxes.values, value: try Self.required(root, "pixels"),
                                 path: "pixels", treatAs: root.value("pixels_treat_as"), treatAsPath: "pixels_treat_as",
                                 leaf: Self.pixelSize)

        let unit = try root.choice("price_unit", as: PriceTable.Unit.self)
        let priceAxes = try Self.axes(root, "price_by", fields: fields)
        price = PriceTable(unit: unit, perImage: try LookupTable(
            axes: priceAxes.names, axisValues: priceAxes.values, value: try Self.required(root, "price_per_image"),
            path: "price_per_image", treatAs: root.value("price_treat_as"), treatAsPath: "price_treat_as",
            leaf: PriceTable.entry(unit: unit)))

        let durationAxes = try Self.axes(root, "duration_by", fields: fields)
        durations = try LookupTable(axes: durationAxes.names, axisValues: durationAxes.values,
                                    value: try Self.required(root, "duration_ms"), path: "duration_ms",
                                    treatAs: root.value("duration_treat_as"), treatAsPath: "duration_treat_as",
                                    leaf: Self.durationRange)
    }

    private static func required(_ root: FixtureObject, _ key: String) throws(ModelDefinitionError) -> JSONValue {
        guard let value = root.value(key) else { throw ModelDefinitionError(path: key, "is required") }
        return value
    }

    private static func readFields(_ root: FixtureObject) throws(ModelDefinitionError) -> [FieldRule] {
        guard let object = try root.child("fields") else { throw ModelDefinitionError(path: "fields", "is required") }
        var fields: [FieldRule] = []
        for (name, spec) in object.object.pairs {
            fields.append(try FieldRule(name: name, fixture: try FixtureObject(spec, path: object.path(name)), earlier: fields))
        }
        guard fields.filter({ $0.kind == .prompt }).count == 1 else {
            throw ModelDefinitionError(path: "fields", "must declare exactly one field of type \"prompt\"")
        }
        for field in fields {
            for fallback in field.conditionalDefaults where !fields.contains(where: { $0.name == fallback.whenSupplied }) {
                throw ModelDefinitionError(path: "fields.\(field.name).default_when_supplied.\(fallback.whenSupplied)",
                                           "is not a declared field")
            }
        }
        return fields
    }

    /// `image_count_field` / `seed_field`: the name of a declared integer field.
    private static func integerField(_ root: FixtureObject, _ key: String, fields: [FieldRule],
                                     countsImages: Bool) throws(ModelDefinitionError) -> String? {
        guard let name = try root.optionalString(key) else { return nil }
        guard let field = fields.first(where: { $0.name == name }), field.kind == .integer else {
            throw ModelDefinitionError(path: key, "\"\(name)\" is not a declared integer field")
        }
        if countsImages {
            guard let min = field.minimum, min >= 1, let max = field.maximum, max <= maxImageCount else {
                throw ModelDefinitionError(path: "fields.\(name)", "an image count needs min >= 1 and max <= \(maxImageCount)")
            }
        }
        return name
    }

    /// The fields a table is keyed by: each must always resolve (required or defaulted),
    /// and its enum (if any) bounds the table's keys at that level.
    private static func axes(_ root: FixtureObject, _ key: String,
                             fields: [FieldRule]) throws(ModelDefinitionError) -> (names: [String], values: [[String]?]) {
        let names = try root.stringArray(key) ?? []
        var values: [[String]?] = []
        for (index, name) in names.enumerated() {
            guard let field = fields.first(where: { $0.name == name }), field.kind != .forbidden,
                  field.required || field.defaultValue != nil else {
                throw ModelDefinitionError(path: "\(key).\(index)", "\"\(name)\" is not a declared field that always has a value")
            }
            values.append(field.allowed)
        }
        return (names, values)
    }

    /// An integer as written, anything else by its JSON type.
    private static func shown(_ value: JSONValue) -> String {
        if case .int(let i) = value { String(i) } else { value.typeName }
    }

    private static func pixelSize(_ value: JSONValue, _ path: String) throws(ModelDefinitionError) -> PixelSize {
        guard let pair = value.arrayValue, pair.count == 2 else {
            throw ModelDefinitionError(path: path, "expected [width, height]")
        }
        func side(_ index: Int) throws(ModelDefinitionError) -> Int {
            guard case .int(let pixels) = pair[index], (1...maxImageSide).contains(pixels) else {
                throw ModelDefinitionError(path: path + ".\(index)", "expected a side of 1 to \(maxImageSide) pixels "
                    + "(the largest image the emulator renders), found \(Self.shown(pair[index]))")
            }
            return pixels
        }
        return PixelSize(width: try side(0), height: try side(1))
    }

    private static func durationRange(_ value: JSONValue, _ path: String) throws(ModelDefinitionError) -> ClosedRange<Int64> {
        guard let pair = value.arrayValue, pair.count == 2 else {
            throw ModelDefinitionError(path: path, "expected [shortest, longest] in milliseconds")
        }
        let low = try FixtureObject.int(pair[0], in: 0...maxDurationMilliseconds, path: path + ".0")
        let high = try FixtureObject.int(pair[1], in: 0...maxDurationMilliseconds, path: path + ".1")
        guard low <= high else { throw ModelDefinitionError(path: path, "shortest is longer than longest") }
        return Int64(low)...Int64(high)
    }
}
