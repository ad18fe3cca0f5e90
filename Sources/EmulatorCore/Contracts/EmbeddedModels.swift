// GENERATED FILE: do not edit by hand.
// Written by scripts/embed-fixtures.sh from fixtures/models/*.json. After changing a fixture, run:
//     scripts/embed-fixtures.sh
// ModelFixtureEmbeddingTests fails while this file is out of date with the fixtures.

/// The model definitions of `fixtures/models`, embedded so the binary runs anywhere.
enum EmbeddedModels {
    /// Each fixture file's name and exact text, in file-name order.
    static let files: [(name: String, text: String)] = [
        (name: "gpt-image-2-official.json", text: #"""
{
  "id": "gpt-image-2-official",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "format": "png",
  "url_ttl_seconds": 604800,
  "image_count_field": "n",
  "notes": [
    "Seed 002 is the contract. Fields are listed in the validation table's order of precedence; messages are the table's, word for word.",
    "(choice) auto size renders the 1:1 cell of its resolution (1024x1024 at 1k, 2048x2048 at 2k).",
    "(choice) With image_urls and no size, size resolves to auto (the seed: the upstream mirrors the first reference image; the gateway omits the field), so it renders 1:1 and bills at the most expensive ratio, and 4k without size is refused.",
    "(choice) WxH strings (1..8192 each side) snap to the listed ratio closest by aspect factor; the resolution tier is the request's own.",
    "Prices: USD per image. Snapshot cells (CONTRACTS.md): 1:1@1k, 16:9@1k, 1:1@2k, 16:9@4k; 9:16 takes 16:9's price.",
    "(choice) Other 1k cells: the 1:1@1k price scaled by the cell's pixel count (4:3 x0.75, 5:4 x1.25, 3:2 x1.5, 21:9 x1.6611, 2:1 x2), rounded to the micro-dollar; portrait cells equal their landscape twin.",
    "(choice) Other 2k cells: the 1:1@2k price, and 1.05x that for the widest ratios 2:1, 1:2, 21:9, 9:21 (seed: the widest ratios charge slightly more at 2k and 4k). 4k: 2:1, 1:2, 21:9, 9:21 cost 1.05x the 16:9@4k price.",
    "auto quality bills (and runs) as high; auto size bills at the most expensive ratio of its (resolution, quality).",
    "Durations in ms. Seed cells: low 1k, medium 1k, high 2k, high 4k. (choice) The rest step by x1.5: low 2k 30-60 s, low 4k 45-90 s, medium 2k 45-90 s, medium 4k 68-135 s, high 1k 40-80 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "max_length": 4000,
      "messages": {
        "required": "prompt is required",
        "too_long": "prompt must be at most {max} characters"
      }
    },
    "size": {
      "type": "string",
      "default": "1:1",
      "default_when_supplied": {"image_urls": "auto"},
      "enum": ["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "5:4", "4:5", "2:1", "1:2", "21:9", "9:21", "auto"],
      "pixel_sizes": {"max_side": 8192},
      "messages": {
        "invalid": "invalid size \"{value}\" (allowed: {allowed}, or WxH pixels)"
      }
    },
    "resolution": {
      "type": "string",
      "default": "1k",
      "enum": ["1k", "2k", "4k"],
      "case_insensitive": true,
      "restricts": [
        {
          "when": "4k",
          "field": "size",
          "allowed": ["16:9", "9:16", "2:1", "1:2", "21:9", "9:21"],
          "message": "4K requires an explicit size in {16:9, 9:16, 2:1, 1:2, 21:9, 9:21}"
        }
      ],
      "messages": {
        "invalid": "invalid resolution \"{value}\" (allowed: {allowed})"
      }
    },
    "n": {
      "type": "integer",
      "default": 1,
      "min": 1,
      "max": 4,
      "messages": {
        "range": "n must be between {min} and {max}"
      }
    },
    "image_urls": {
      "type": "string_array",
      "max_items": 16,
      "urls": true,
      "messages": {
        "too_many": "image_urls accepts at most {max} entries",
        "data_uri": "image URL must be a public http(s) URL — data: URIs are rejected",
        "not_http": "image URL must be a public http(s) URL (got \"{value}\")"
      }
    },
    "mask_url": {
      "type": "string",
      "urls": true,
      "requires": "image_urls",
      "messages": {
        "requires": "mask_url requires at least one entry in image_urls",
        "data_uri": "mask_url must be a public URL — data: URIs are rejected",
        "not_http": "mask_url must be a public http(s) URL (got \"{value}\")"
      }
    },
    "quality": {
      "type": "string",
      "default": "auto",
      "enum": ["auto", "low", "medium", "high"],
      "messages": {
        "invalid": "invalid quality \"{value}\" (allowed: {allowed})"
      }
    },
    "background": {
      "type": "string",
      "default": "auto",
      "enum": ["auto", "opaque", "transparent"],
      "messages": {
        "invalid": "invalid background \"{value}\" (allowed: {allowed})"
      }
    },
    "moderation": {
      "type": "string",
      "default": "auto",
      "enum": ["auto", "low"],
      "messages": {
        "invalid": "invalid moderation \"{value}\" (allowed: {allowed})"
      }
    }
  },
  "pixels_by": ["resolution", "size"],
  "pixels_treat_as": {"size": {"auto": "1:1"}},
  "pixels": {
    "1k": {
      "1:1": [1024, 1024],
      "3:2": [1536, 1024], "2:3": [1024, 1536],
      "4:3": [1024, 768], "3:4": [768, 1024],
      "5:4": [1280, 1024], "4:5": [1024, 1280],
      "16:9": [1536, 864], "9:16": [864, 1536],
      "2:1": [2048, 1024], "1:2": [1024, 2048],
      "21:9": [2016, 864], "9:21": [864, 2016]
    },
    "2k": {
      "1:1": [2048, 2048],
      "3:2": [2048, 1360], "2:3": [1360, 2048],
      "4:3": [2048, 1536], "3:4": [1536, 2048],
      "5:4": [2560, 2048], "4:5": [2048, 2560],
      "16:9": [2048, 1152], "9:16": [1152, 2048],
      "2:1": [2688, 1344], "1:2": [1344, 2688],
      "21:9": [2688, 1152], "9:21": [1152, 2688]
    },
    "4k": {
      "16:9": [3840, 2160], "9:16": [2160, 3840],
      "2:1": [3840, 1920], "1:2": [1920, 3840],
      "21:9": [3840, 1648], "9:21": [1648, 3840]
    }
  },
  "price_unit": "usd",
  "price_by": ["resolution", "quality", "size"],
  "price_treat_as": {"quality": {"auto": "high"}, "size": {"auto": "@max"}},
  "price_per_image": {
    "1k": {
      "low": {
        "1:1": 0.0048,
        "3:2": 0.0072, "2:3": 0.0072,
        "4:3": 0.0036, "3:4": 0.0036,
        "5:4": 0.006, "4:5": 0.006,
        "16:9": 0.00608, "9:16": 0.00608,
        "2:1": 0.0096, "1:2": 0.0096,
        "21:9": 0.007973, "9:21": 0.007973
      },
      "medium": {
        "1:1": 0.0424,
        "3:2": 0.0636, "2:3": 0.0636,
        "4:3": 0.0318, "3:4": 0.0318,
        "5:4": 0.053, "4:5": 0.053,
        "16:9": 0.0536, "9:16": 0.0536,
        "2:1": 0.0848, "1:2": 0.0848,
        "21:9": 0.070432, "9:21": 0.070432
      },
      "high": {
        "1:1": 0.1688,
        "3:2": 0.2532, "2:3": 0.2532,
        "4:3": 0.1266, "3:4": 0.1266,
        "5:4": 0.211, "4:5": 0.211,
        "16:9": 0.2136, "9:16": 0.2136,
        "2:1": 0.3376, "1:2": 0.3376,
        "21:9": 0.280399, "9:21": 0.280399
      }
    },
    "2k": {
      "low": {
        "1:1": 0.01912,
        "3:2": 0.01912, "2:3": 0.01912,
        "4:3": 0.01912, "3:4": 0.01912,
        "5:4": 0.01912, "4:5": 0.01912,
        "16:9": 0.01912, "9:16": 0.01912,
        "2:1": 0.020076, "1:2": 0.020076,
        "21:9": 0.020076, "9:21": 0.020076
      },
      "medium": {
        "1:1": 0.1688,
        "3:2": 0.1688, "2:3": 0.1688,
        "4:3": 0.1688, "3:4": 0.1688,
        "5:4": 0.1688, "4:5": 0.1688,
        "16:9": 0.1688, "9:16": 0.1688,
        "2:1": 0.17724, "1:2": 0.17724,
        "21:9": 0.17724, "9:21": 0.17724
      },
      "high": {
        "1:1": 0.6736,
        "3:2": 0.6736, "2:3": 0.6736,
        "4:3": 0.6736, "3:4": 0.6736,
        "5:4": 0.6736, "4:5": 0.6736,
        "16:9": 0.6736, "9:16": 0.6736,
        "2:1": 0.70728, "1:2": 0.70728,
        "21:9": 0.70728, "9:21": 0.70728
      }
    },
    "4k": {
      "low": {
        "16:9": 0.03792, "9:16": 0.03792,
        "2:1": 0.039816, "1:2": 0.039816,
        "21:9": 0.039816, "9:21": 0.039816
      },
      "medium": {
        "16:9": 0.3344, "9:16": 0.3344,
        "2:1": 0.35112, "1:2": 0.35112,
        "21:9": 0.35112, "9:21": 0.35112
      },
      "high": {
        "16:9": 1.3328, "9:16": 1.3328,
        "2:1": 1.39944, "1:2": 1.39944,
        "21:9": 1.39944, "9:21": 1.39944
      }
    }
  },
  "duration_by": ["quality", "resolution"],
  "duration_treat_as": {"quality": {"auto": "high"}},
  "duration_ms": {
    "low": {"1k": [20000, 40000], "2k": [30000, 60000], "4k": [45000, 90000]},
    "medium": {"1k": [30000, 60000], "2k": [45000, 90000], "4k": [68000, 135000]},
    "high": {"1k": [40000, 80000], "2k": [60000, 120000], "4k": [120000, 180000]}
  }
}

"""#),
        (name: "gpt-image-2.json", text: #"""
{
  "id": "gpt-image-2",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "format": "png",
  "url_ttl_seconds": 604800,
  "image_count_field": "n",
  "notes": [
    "Seed 002, 'Differences from gpt-image-2': same endpoint, size enum (14), resolutions and 4K rule, image_urls up to 16; one image; no quality, mask_url, background or moderation; flat price per resolution.",
    "Messages follow gpt-image-2-official's table wherever the rule is shared.",
    "(choice) WxH pixel strings are not accepted: seed 002 says the official channel 'additionally' accepts them.",
    "(choice) n other than 1, and a supplied quality, mask_url, background or moderation (non-null, non-empty), are 20003.",
    "(choice) 7-day URLs and the official channel's pixel grid, auto rendering the 1:1 cell; image_urls without size resolves to auto, as on the official channel.",
    "Prices: 1k 7, 2k 14, 4k 20 credits per image (public page).",
    "(choice) Durations: 1k 30-60 s, 2k 60-120 s, 4k 120-180 s (the official channel's medium 1k, high 2k and high 4k)."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "max_length": 4000,
      "messages": {
        "required": "prompt is required",
        "too_long": "prompt must be at most {max} characters"
      }
    },
    "size": {
      "type": "string",
      "default": "1:1",
      "default_when_supplied": {"image_urls": "auto"},
      "enum": ["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "5:4", "4:5", "2:1", "1:2", "21:9", "9:21", "auto"],
      "messages": {
        "invalid": "invalid size \"{value}\" (allowed: {allowed})"
      }
    },
    "resolution": {
      "type": "string",
      "default": "1k",
      "enum": ["1k", "2k", "4k"],
      "case_insensitive": true,
      "restricts": [
        {
          "when": "4k",
          "field": "size",
          "allowed": ["16:9", "9:16", "2:1", "1:2", "21:9", "9:21"],
          "message": "4K requires an explicit size in {16:9, 9:16, 2:1, 1:2, 21:9, 9:21}"
        }
      ],
      "messages": {
        "invalid": "invalid resolution \"{value}\" (allowed: {allowed})"
      }
    },
    "n": {
      "type": "integer",
      "default": 1,
      "min": 1,
      "max": 1,
      "messages": {
        "range": "n must be 1 for gpt-image-2"
      }
    },
    "image_urls": {
      "type": "string_array",
      "max_items": 16,
      "urls": true,
      "messages": {
        "too_many": "image_urls accepts at most {max} entries",
        "data_uri": "image URL must be a public http(s) URL — data: URIs are rejected",
        "not_http": "image URL must be a public http(s) URL (got \"{value}\")"
      }
    },
    "mask_url": {"type": "forbidden", "messages": {"forbidden": "mask_url is not supported by gpt-image-2 (use gpt-image-2-official)"}},
    "quality": {"type": "forbidden", "messages": {"forbidden": "quality is not supported by gpt-image-2 (use gpt-image-2-official)"}},
    "background": {"type": "forbidden", "messages": {"forbidden": "background is not supported by gpt-image-2 (use gpt-image-2-official)"}},
    "moderation": {"type": "forbidden", "messages": {"forbidden": "moderation is not supported by gpt-image-2 (use gpt-image-2-official)"}}
  },
  "pixels_by": ["resolution", "size"],
  "pixels_treat_as": {"size": {"auto": "1:1"}},
  "pixels": {
    "1k": {
      "1:1": [1024, 1024],
      "3:2": [1536, 1024], "2:3": [1024, 1536],
      "4:3": [1024, 768], "3:4": [768, 1024],
      "5:4": [1280, 1024], "4:5": [1024, 1280],
      "16:9": [1536, 864], "9:16": [864, 1536],
      "2:1": [2048, 1024], "1:2": [1024, 2048],
      "21:9": [2016, 864], "9:21": [864, 2016]
    },
    "2k": {
      "1:1": [2048, 2048],
      "3:2": [2048, 1360], "2:3": [1360, 2048],
      "4:3": [2048, 1536], "3:4": [1536, 2048],
      "5:4": [2560, 2048], "4:5": [2048, 2560],
      "16:9": [2048, 1152], "9:16": [1152, 2048],
      "2:1": [2688, 1344], "1:2": [1344, 2688],
      "21:9": [2688, 1152], "9:21": [1152, 2688]
    },
    "4k": {
      "16:9": [3840, 2160], "9:16": [2160, 3840],
      "2:1": [3840, 1920], "1:2": [1920, 3840],
      "21:9": [3840, 1648], "9:21": [1648, 3840]
    }
  },
  "price_unit": "credits",
  "price_by": ["resolution"],
  "price_per_image": {"1k": 7, "2k": 14, "4k": 20},
  "duration_by": ["resolution"],
  "duration_ms": {"1k": [30000, 60000], "2k": [60000, 120000], "4k": [120000, 180000]}
}

"""#),
        (name: "imagen-4-0.json", text: #"""
{
  "id": "imagen-4-0",
  "provider": "reapi",
  "family": "imagen",
  "id_style": "ulid",
  "aliases": [],
  "format": "png",
  "url_ttl_seconds": 86400,
  "image_count_field": "n",
  "notes": [
    "Seeds 000 and 001: prompt required, up to 4000 characters; n only 1; size 1:1|4:3|3:4|16:9|9:16, default 16:9; text-to-image only; 46 credits per image, flat; URLs valid 24 hours.",
    "Fields are listed in the order of seed 000's error list: prompt, size, n, reference media.",
    "(choice) Reference fields refused: image_urls, image_url, image, mask, mask_url (non-null, non-empty).",
    "Pixel sizes: Imagen 4's published output sizes (CONTRACTS.md section 4).",
    "(choice) Duration 5-15 s (the seed gives no figure)."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "max_length": 4000,
      "messages": {
        "required": "prompt is required",
        "too_long": "prompt must be at most {max} characters"
      }
    },
    "size": {
      "type": "string",
      "default": "16:9",
      "enum": ["1:1", "4:3", "3:4", "16:9", "9:16"],
      "messages": {
        "invalid": "invalid size \"{value}\" (allowed: {allowed})"
      }
    },
    "n": {"type": "integer", "default": 1, "min": 1, "max": 1, "messages": {"range": "n must be 1 for imagen-4-0"}},
    "image_urls": {"type": "forbidden", "messages": {"forbidden": "imagen-4-0 is text-to-image only: {field} is not supported"}},
    "image_url": {"type": "forbidden", "messages": {"forbidden": "imagen-4-0 is text-to-image only: {field} is not supported"}},
    "image": {"type": "forbidden", "messages": {"forbidden": "imagen-4-0 is text-to-image only: {field} is not supported"}},
    "mask": {"type": "forbidden", "messages": {"forbidden": "imagen-4-0 is text-to-image only: {field} is not supported"}},
    "mask_url": {"type": "forbidden", "messages": {"forbidden": "imagen-4-0 is text-to-image only: {field} is not supported"}}
  },
  "pixels_by": ["size"],
  "pixels": {
    "1:1": [1024, 1024],
    "4:3": [1280, 896],
    "3:4": [896, 1280],
    "16:9": [1408, 768],
    "9:16": [768, 1408]
  },
  "price_unit": "credits",
  "price_per_image": 46,
  "duration_ms": [5000, 15000]
}

"""#),
        (name: "imagen4-fast.json", text: #"""
{
  "id": "imagen4-fast",
  "provider": "apiinone",
  "family": "apiinone",
  "id_style": "apiinone",
  "aliases": [],
  "format": "png",
  "url_ttl_seconds": 86400,
  "image_count_field": "num_images",
  "seed_field": "seed",
  "notes": [
    "callback_url: API in One's page says 'Webhook Supported — Use callback_url on supported async tasks'. The emulator POSTs the poll answer to it when the task settles (docs/callbacks.md); its host must be allowed by --callback-hosts.",
    "Seed 004 (API in One, Imagen 4): API in One's fast tier. 4 credits per image, each image billed.",
    "prompt required; aspect_ratio 1:1|4:3|3:4|16:9|9:16, default 1:1; negative_prompt string; num_images default 1; seed an integer (same seed, same image bytes). Typical time 3-8 s.",
    "Every validation message starts with 'Invalid parameters: ' (the provider's prefix, added in code).",
    "(choice) num_images 1-4; no prompt length limit (none documented); URLs live 24 hours; PNG at Imagen 4's published output sizes."
  ],
  "fields": {
    "prompt": {"type": "prompt"},
    "aspect_ratio": {
      "type": "string",
      "default": "1:1",
      "enum": ["1:1", "4:3", "3:4", "16:9", "9:16"],
      "messages": {
        "invalid": "{field} must be one of {allowed}"
      }
    },
    "negative_prompt": {"type": "string"},
    "num_images": {"type": "integer", "default": 1, "min": 1, "max": 4},
    "seed": {"type": "integer"},
    "callback_url": {
      "type": "string",
      "urls": true,
      "messages": {
        "not_http": "{field} must be an absolute http:// URL (got \"{value}\")",
        "data_uri": "{field} must be an absolute http:// URL — data: URIs are rejected"
      }
    }
  },
  "pixels_by": ["aspect_ratio"],
  "pixels": {
    "1:1": [1024, 1024],
    "4:3": [1280, 896],
    "3:4": [896, 1280],
    "16:9": [1408, 768],
    "9:16": [768, 1408]
  },
  "price_unit": "credits",
  "price_per_image": 4,
  "duration_ms": [3000, 8000]
}

"""#),
        (name: "imagen4-ultra.json", text: #"""
{
  "id": "imagen4-ultra",
  "provider": "apiinone",
  "family": "apiinone",
  "id_style": "apiinone",
  "aliases": [],
  "format": "png",
  "url_ttl_seconds": 86400,
  "image_count_field": "num_images",
  "seed_field": "seed",
  "notes": [
    "callback_url: API in One's page says 'Webhook Supported — Use callback_url on supported async tasks'. The emulator POSTs the poll answer to it when the task settles (docs/callbacks.md); its host must be allowed by --callback-hosts.",
    "Seed 004 (API in One, Imagen 4): API in One's ultra tier. 12 credits per image, each image billed.",
    "prompt required; aspect_ratio 1:1|4:3|3:4|16:9|9:16, default 1:1; negative_prompt string; num_images default 1; seed an integer (same seed, same image bytes). Typical time 3-8 s.",
    "Every validation message starts with 'Invalid parameters: ' (the provider's prefix, added in code).",
    "(choice) num_images 1-4; no prompt length limit (none documented); URLs live 24 hours; PNG at Imagen 4's published output sizes."
  ],
  "fields": {
    "prompt": {"type": "prompt"},
    "aspect_ratio": {
      "type": "string",
      "default": "1:1",
      "enum": ["1:1", "4:3", "3:4", "16:9", "9:16"],
      "messages": {
        "invalid": "{field} must be one of {allowed}"
      }
    },
    "negative_prompt": {"type": "string"},
    "num_images": {"type": "integer", "default": 1, "min": 1, "max": 4},
    "seed": {"type": "integer"},
    "callback_url": {
      "type": "string",
      "urls": true,
      "messages": {
        "not_http": "{field} must be an absolute http:// URL (got \"{value}\")",
        "data_uri": "{field} must be an absolute http:// URL — data: URIs are rejected"
      }
    }
  },
  "pixels_by": ["aspect_ratio"],
  "pixels": {
    "1:1": [1024, 1024],
    "4:3": [1280, 896],
    "3:4": [896, 1280],
    "16:9": [1408, 768],
    "9:16": [768, 1408]
  },
  "price_unit": "credits",
  "price_per_image": 12,
  "duration_ms": [3000, 8000]
}

"""#),
        (name: "imagen4.json", text: #"""
{
  "id": "imagen4",
  "provider": "apiinone",
  "family": "apiinone",
  "id_style": "apiinone",
  "aliases": ["imagen-4"],
  "format": "png",
  "url_ttl_seconds": 86400,
  "image_count_field": "num_images",
  "seed_field": "seed",
  "notes": [
    "callback_url: API in One's page says 'Webhook Supported — Use callback_url on supported async tasks'. The emulator POSTs the poll answer to it when the task settles (docs/callbacks.md); its host must be allowed by --callback-hosts.",
    "Seed 004 (API in One, Imagen 4): API in One's standard tier; imagen-4 is accepted as an alias (choice). 8 credits per image, each image billed.",
    "prompt required; aspect_ratio 1:1|4:3|3:4|16:9|9:16, default 1:1; negative_prompt string; num_images default 1; seed an integer (same seed, same image bytes). Typical time 3-8 s.",
    "Every validation message starts with 'Invalid parameters: ' (the provider's prefix, added in code).",
    "(choice) num_images 1-4; no prompt length limit (none documented); URLs live 24 hours; PNG at Imagen 4's published output sizes."
  ],
  "fields": {
    "prompt": {"type": "prompt"},
    "aspect_ratio": {
      "type": "string",
      "default": "1:1",
      "enum": ["1:1", "4:3", "3:4", "16:9", "9:16"],
      "messages": {
        "invalid": "{field} must be one of {allowed}"
      }
    },
    "negative_prompt": {"type": "string"},
    "num_images": {"type": "integer", "default": 1, "min": 1, "max": 4},
    "seed": {"type": "integer"},
    "callback_url": {
      "type": "string",
      "urls": true,
      "messages": {
        "not_http": "{field} must be an absolute http:// URL (got \"{value}\")",
        "data_uri": "{field} must be an absolute http:// URL — data: URIs are rejected"
      }
    }
  },
  "pixels_by": ["aspect_ratio"],
  "pixels": {
    "1:1": [1024, 1024],
    "4:3": [1280, 896],
    "3:4": [896, 1280],
    "16:9": [1408, 768],
    "9:16": [768, 1408]
  },
  "price_unit": "credits",
  "price_per_image": 8,
  "duration_ms": [3000, 8000]
}

"""#),
        (name: "z-image.json", text: #"""
{
  "id": "z-image",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "format": "jpeg",
  "url_ttl_seconds": 86400,
  "image_count_field": "n",
  "notes": [
    "Seed 003: prompt up to 1000 characters; aspect_ratio 1:1|4:3|3:4|16:9|9:16, default 1:1; nsfw_checker boolean, default false; text-to-image only, exactly one image, no size or resolution control.",
    "(choice) n is accepted only as 1; image_urls, image_url and mask_url (non-null, non-empty) are 20003 with a text-to-image-only message.",
    "(choice) URLs live 24 hours; pixel sizes 1:1 1024x1024, 4:3 1152x864, 3:4 864x1152, 16:9 1280x720, 9:16 720x1280.",
    "Price: public snapshot $0.0044 per image, ceil -> 5 credits.",
    "(choice) Duration 2-6 s (a turbo model; the seed gives no figure)."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "max_length": 1000,
      "messages": {
        "required": "prompt is required",
        "too_long": "prompt must be at most {max} characters"
      }
    },
    "aspect_ratio": {
      "type": "string",
      "default": "1:1",
      "enum": ["1:1", "4:3", "3:4", "16:9", "9:16"],
      "messages": {
        "invalid": "invalid aspect_ratio \"{value}\" (allowed: {allowed})"
      }
    },
    "nsfw_checker": {"type": "boolean", "default": false},
    "n": {"type": "integer", "default": 1, "min": 1, "max": 1, "messages": {"range": "n must be 1 for z-image (it produces exactly one image)"}},
    "image_urls": {"type": "forbidden", "messages": {"forbidden": "z-image is text-to-image only: {field} is not supported"}},
    "image_url": {"type": "forbidden", "messages": {"forbidden": "z-image is text-to-image only: {field} is not supported"}},
    "mask_url": {"type": "forbidden", "messages": {"forbidden": "z-image is text-to-image only: {field} is not supported"}}
  },
  "pixels_by": ["aspect_ratio"],
  "pixels": {
    "1:1": [1024, 1024],
    "4:3": [1152, 864],
    "3:4": [864, 1152],
    "16:9": [1280, 720],
    "9:16": [720, 1280]
  },
  "price_unit": "usd",
  "price_per_image": 0.0044,
  "duration_ms": [2000, 6000]
}

"""#),
    ]
}
