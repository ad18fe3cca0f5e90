/// The catalogue as `GET /_emulator/models` and `reapi-emulator models --json` show it: every
/// model of one provider with its fields, reference media, variants, pixel, price and duration
/// tables, URL lifetime and where it came from. Values are the definition's own (after
/// `extends` and scenario overrides), in the fixture format of docs/models.md.
extension ModelCatalog {
    /// The models of `provider`, sorted by id.
    public func listing(provider: Provider) -> ModelListing {
        ModelListing(provider: provider, models: models.filter { $0.provider == provider }.sorted { $0.id < $1.id })
    }
}

extension ModelDefinition {
    /// One model of `ModelListing.json`.
    public var listingEntry: JSONValue {
        var entry: JSONObject = [
            "id": .string(id), "aliases": .array(aliases.map(JSONValue.string)), "provider": .string(provider.rawValue),
            "family": .string(family.rawValue), "id_style": .string(idStyle.rawValue), "format": .string(format.rawValue),
            "source": .string(provenance.origin.rawValue), "extends": provenance.extends.map(JSONValue.string) ?? .null,
            "overridden": .bool(provenance.overridden),
            "media": .string(media.rawValue), "endpoint": .string("POST " + media.submitPath),
        ]
        let specs = source["fields"]?.objectValue ?? JSONObject()
        entry["fields"] = Self.listed(specs)
        entry["reference_media"] = .array(fields.filter(\.urls).map { field in
            ["field": .string(field.name), "max_items": field.kind == .stringArray ? field.maxItems.map(JSONValue.int) ?? .null : .int(1),
             "required": .bool(field.required)]
        })
        entry["images"] = imagesEntry
        entry["variant_field"] = variants.field.map(JSONValue.string) ?? .null
        entry["variants"] = source["variants"] ?? .null
        entry["follows"] = source["follows"] ?? .null
        entry["prompt_rules"] = source["prompt_rules"] ?? .null
        entry["pixels"] = table("pixels")
        var price = table("price_per_image").objectValue ?? JSONObject()
        price["unit"] = source["price_unit"] ?? .null
        price["per"] = .string(pricePer)
        entry["clip"] = source["clip"] ?? .null
        entry["price"] = .object(price)
        entry["duration_ms"] = table("duration_ms")
        entry["url_ttl_seconds"] = .int(Int(urlLifetimeSeconds))
        return .object(entry)
    }

    /// How many images a request makes: a count field, or the `images` table (1 without one).
    private var imagesEntry: JSONValue {
        if let imageCountField { return ["field": .string(imageCountField)] }
        return ["by": source["images_by"] ?? .array([]), "table": source["images"] ?? 1, "treat_as": source["images_treat_as"] ?? .null]
    }

    /// `{"by", "table", "treat_as"}` of the table stored under `key` (`pixels`, `price_per_image`, `duration_ms`).
    private func table(_ key: String) -> JSONValue {
        let prefix = key == "price_per_image" ? "price" : key == "duration_ms" ? "duration" : key
        return ["by": source["\(prefix)_by"] ?? .array([]), "table": source[key] ?? .null,
                "treat_as": source["\(prefix)_treat_as"] ?? .null]
    }

    /// Field specs as a list of `{name, type, required, …}` without their message templates;
    /// an object's members the same way, under `fields`.
    static func listed(_ specs: JSONObject) -> JSONValue {
        .array(specs.pairs.compactMap { name, spec in
            guard let spec = spec.objectValue else { return nil }
            let type = spec["type"]?.stringValue ?? ""
            var entry: JSONObject = ["name": .string(name), "type": .string(type),
                                     "required": spec["required"] ?? .bool(type == "prompt")]
            for (key, value) in spec.pairs where !["type", "required", "messages", "fields", "items"].contains(key) && !value.isNull {
                entry[key] = value
            }
            if let members = spec["fields"]?.objectValue { entry["fields"] = listed(members) }
            if let items = spec["items"]?.objectValue, let item = listed(["items": .object(items)]).arrayValue?.first {
                entry["items"] = item
            }
            return .object(entry)
        })
    }
}
