extension ModelDefinition {
    /// Every key a definition may have at its root (see `docs/models.md`).
    static let rootKeys = [
        "id", "provider", "family", "id_style", "aliases", "media", "format", "url_ttl_seconds", "clip", "tracks",
        "image_count_field", "images_by", "images_treat_as", "images", "seed_field", "format_field", "fields", "rules",
        "pixels_by", "pixels_treat_as", "pixels",
        "price_unit", "price_per", "price_count_field", "price_by", "price_treat_as", "price_per_image",
        "duration_by", "duration_treat_as", "duration_ms",
        "notes", "poll_cadence",
    ] + VariantTable.rootKeys + PromptRules.rootKeys

    /// Longest URL lifetime a definition may set: ten years.
    static let maxURLLifetimeSeconds = 315_360_000
    /// Largest image count field maximum; keeps price arithmetic far from overflow.
    static let maxImageCount = 10_000
    /// Longest duration a definition may set: seven days, in milliseconds.
    static let maxDurationMilliseconds = 604_800_000
    /// Largest image side, in pixels, a definition may set: the most the media renderer draws
    /// (`ImageSpec.maxDimension`; the pixel count is capped by `ImageSpec.maxPixels` too), so
    /// every pixel size a model hands out can be served.
    public static let maxImageSide = ImageSpec.maxDimension

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
        media = try root.value("media") == nil ? .image : root.choice("media", as: MediaKind.self)
        guard format.kind == media else {
            throw ModelDefinitionError(path: "format", "\"\(format.rawValue)\" is not a \(media.rawValue) format")
        }
        urlLifetimeSeconds = Int64(try root.int("url_ttl_seconds", in: 1...Self.maxURLLifetimeSeconds))
        _ = try root.stringArray("notes")
        source = json
        pollCadence = try root.child("poll_cadence").map(PollCadence.init) ?? .platform

        let fields = try Self.readFields(root)
        self.fields = fields
        rules = try CrossFieldRule.decodeList(root.value("rules"), fields: fields)
        formatField = try Self.formatField(root, fields: fields)
        imageCountField = try Self.integerField(root, "image_count_field", fields: fields, countsImages: true)
        variants = try VariantTable(root, fields: fields)
        promptRules = try PromptRules(root)
        if let object = try root.child("clip") { clip = try ClipSpec(object, fields: fields) } else { clip = nil }
        var tableAxes: [String] = []
        for key in ["images_by", "pixels_by", "price_by", "duration_by"] { tableAxes += try root.stringArray(key) ?? [] }
        suppliedAxes = fields.filter { $0.kind != .forbidden && tableAxes.contains("supplied(\($0.name))") }.map(\.name)
        if media != .image, clip == nil { throw ModelDefinitionError(path: "clip", "is required for a \(media.rawValue) model") }
        var derived = Self.derivedAxes(fields: fields, promptRules: promptRules)
        for field in fields where field.kind != .forbidden { derived["supplied(\(field.name))"] = .some(["true", "false"]) }
        if clip != nil {
            derived[ClipSpec.audioAxis] = .some(["true", "false"])
            derived[ClipSpec.secondsAxis] = .some(nil)
        }
        if let images = root.value("images") {
            if imageCountField != nil { throw ModelDefinitionError(path: "images", "cannot be used with image_count_field") }
            let axes = try Self.axes(root, "images_by", fields: fields, derived: derived)
            imageTable = try LookupTable(axes: axes.names, axisValues: axes.values, value: images, path: "images",
                                         treatAs: root.value("images_treat_as"), treatAsPath: "images_treat_as") { value, path throws(ModelDefinitionError) in
                try FixtureObject.int(value, in: 1...Self.maxImageCount, path: path)
            }
        } else {
            if root.value("images_by") != nil { throw ModelDefinitionError(path: "images_by", "needs images") }
            imageTable = nil
        }
        let per = try root.optionalString("price_per") ?? "image"
        guard per == "image" || per == "request" || ((per == "second" || per == "minute") && clip != nil) else {
            throw ModelDefinitionError(path: "price_per", "unknown value \"\(per)\" (allowed: image, request; second, minute with clip)")
        }
        pricedPerRequest = per == "request"
        pricedPerSecond = per == "second"
        pricedPerMinute = per == "minute"
        priceCountField = try root.optionalString("price_count_field")
        if let priceCountField {
            guard per == "minute", fields.contains(where: { $0.name == priceCountField && $0.kind == .stringArray }) else {
                throw ModelDefinitionError(path: "price_count_field", "needs price_per minute and a declared string_array field")
            }
        }
        if let object = try root.child("tracks") {
            guard media == .audio else { throw ModelDefinitionError(path: "tracks", "is for audio models only") }
            tracks = try TrackSpec(object, fields: fields)
        } else {
            tracks = nil
        }
        seedField = try Self.integerField(root, "seed_field", fields: fields, countsImages: false)

        let pixelAxes = try Self.axes(root, "pixels_by", fields: fields, derived: derived)
        pixels = try LookupTable(axes: pixelAxes.names, axisValues: pixelAxes.values, value: try Self.required(root, "pixels"),
                                 path: "pixels", treatAs: root.value("pixels_treat_as"), treatAsPath: "pixels_treat_as",
                                 leaf: Self.pixelSize)
        try Self.checkGridSnapping(fields: fields, pixelAxes: pixelAxes.names)

        let unit = try root.choice("price_unit", as: PriceTable.Unit.self)
        let priceAxes = try Self.axes(root, "price_by", fields: fields, derived: derived)
        price = PriceTable(unit: unit, perImage: try LookupTable(
            axes: priceAxes.names, axisValues: priceAxes.values, value: try Self.required(root, "price_per_image"),
            path: "price_per_image", treatAs: root.value("price_treat_as"), treatAsPath: "price_treat_as",
            leaf: PriceTable.entry(unit: unit)))

        let durationAxes = try Self.axes(root, "duration_by", fields: fields, derived: derived)
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
        guard fields.filter({ $0.kind == .prompt }).count <= 1 else {
            throw ModelDefinitionError(path: "fields", "must declare at most one field of type \"prompt\"")
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

    /// `pixel_sizes.snap_with`: pixel-table axes decided by the snapped cell, each a field listed
    /// after the size field; every other pixel axis must be a field listed before it.
    private static func checkGridSnapping(fields: [FieldRule], pixelAxes: [String]) throws(ModelDefinitionError) {
        for (index, field) in fields.enumerated() {
            guard let snapWith = field.pixelSizes?.snapWith, !snapWith.isEmpty else { continue }
            let path = "fields.\(field.name).pixel_sizes.snap_with"
            guard pixelAxes.contains(field.name) else { throw ModelDefinitionError(path: path, "\(field.name) is not in pixels_by") }
            let later = fields[(index + 1)...].map(\.name), earlier = fields[..<index].map(\.name)
            for axis in snapWith where !pixelAxes.contains(axis) || !later.contains(axis) {
                throw ModelDefinitionError(path: path, "\"\(axis)\" is not a pixels_by field listed after \(field.name)")
            }
            for axis in pixelAxes where axis != field.name && !snapWith.contains(axis) && !earlier.contains(axis) {
                throw ModelDefinitionError(path: path, "pixels_by field \"\(axis)\" must be listed before \(field.name) or in snap_with")
            }
        }
    }

    /// `format_field`: a string field that always has a value, whose enum names output formats.
    private static func formatField(_ root: FixtureObject, fields: [FieldRule]) throws(ModelDefinitionError) -> String? {
        guard let name = try root.optionalString("format_field") else { return nil }
        guard let field = fields.first(where: { $0.name == name }), field.kind == .string, let values = field.allowed,
              field.required || field.defaultValue != nil else {
            throw ModelDefinitionError(path: "format_field", "\"\(name)\" is not a declared enum field that always has a value")
        }
        for value in values where ImageFormat(requested: value) == nil {
            throw ModelDefinitionError(path: "fields.\(name).enum", "\"\(value)\" is not an output format (png, jpeg; mp3, wav, flac, ogg, aac)")
        }
        return name
    }

    /// The fields a table is keyed by: each must always resolve (required or defaulted),
    /// and its enum (if any) bounds the table's keys at that level. `count(<field>)` is the
    /// number of entries of an array field (0 when absent), keyed `"0"`, `"1"`, ….
    /// `derived` are the other names a table may be keyed by (`model_params.speed`, a prompt's
    /// `aspect_ratio`), with their allowed values.
    private static func axes(_ root: FixtureObject, _ key: String, fields: [FieldRule],
                             derived: [String: [String]?] = [:]) throws(ModelDefinitionError) -> (names: [String], values: [[String]?]) {
        let names = try root.stringArray(key) ?? []
        var values: [[String]?] = []
        for (index, name) in names.enumerated() {
            if let allowed = derived[name] {
                values.append(allowed)
                continue
            }
            if name.hasPrefix("count("), name.hasSuffix(")") {
                let target = String(name.dropFirst(6).dropLast())
                guard fields.contains(where: { $0.name == target && ($0.kind == .array || $0.kind == .stringArray) }) else {
                    throw ModelDefinitionError(path: "\(key).\(index)", "\"\(target)\" is not a declared array field")
                }
                values.append(nil)
                continue
            }
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
        let size = PixelSize(width: try side(0), height: try side(1))
        guard size.area <= ImageSpec.maxPixels else {
            throw ModelDefinitionError(path: path, "more than 8192 x 8192 pixels in all (\(ImageSpec.maxPixels)), the largest canvas the emulator renders")
        }
        return size
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
