// GENERATED FILE: do not edit by hand.
// Written by scripts/embed-fixtures.sh from fixtures/models/*.json. After changing a fixture, run:
//     scripts/embed-fixtures.sh
// ModelFixtureEmbeddingTests fails while this file is out of date with the fixtures.

/// The model definitions of `fixtures/models`, embedded so the binary runs anywhere.
enum EmbeddedModels {
    /// Each fixture file's name and exact text, in file-name order.
    static let files: [(name: String, text: String)] = [
        (name: "audio-multistem.json", text: #"""
{
  "id": "audio-multistem",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "audio",
  "format": "mp3",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: https://reapi.ai/models/multistem-splitter (Multistem Splitter API), confidence M; fields from the model page and a third party's test body.",
    "stem_list required (INFERRED), (choice) 1-8 stem names (the full list of stem names is not published), splitter (default auto), extraction_level deep_extraction|clear_cut, encoder_format mp3|wav|flac|aac|ogg (default mp3 (choice)).",
    "Price: audio-multistem:flat $0.20 per stem minute: \"A one-minute song with vocals and drums selected counts as two stem minutes\" (selected stems x started source minutes; the remainder is not billed).",
    "Tracks: one per selected stem (type stem, label the stem name) plus the no_multistem remainder (\"returns the selected stem tracks plus a no_multistem remainder\"); (choice) its type remainder.",
    "(choice) encoder_format aac is served as MP3 (.mp3, audio/mpeg): Debian main has no small AAC encoder (docs/models.md).",
    "(choice) The source's length cannot be probed offline: the scenario's source_seconds for audio_url, else 60 s; the tracks last that long. Processing 20-60 s; URLs live 24 hours."
  ],
  "fields": {
    "audio_url": {
      "type": "string",
      "urls": true,
      "required": true,
      "messages": {
        "data_uri": "audio_url must be a public http(s) URL",
        "not_http": "audio_url must be a public http(s) URL"
      }
    },
    "stem_list": {
      "type": "string_array",
      "required": true,
      "min_items": 1,
      "max_items": 8
    },
    "splitter": {
      "type": "string",
      "enum": [
        "auto",
        "andromeda",
        "perseus",
        "orion",
        "phoenix",
        "lyra",
        "lynx"
      ],
      "default": "auto"
    },
    "extraction_level": {
      "type": "string",
      "enum": [
        "deep_extraction",
        "clear_cut"
      ],
      "default": "deep_extraction"
    },
    "encoder_format": {
      "type": "string",
      "enum": [
        "mp3",
        "wav",
        "flac",
        "aac",
        "ogg"
      ],
      "default": "mp3"
    }
  },
  "format_field": "encoder_format",
  "tracks": {
    "from_field": "stem_list",
    "type": "stem",
    "fixed": [
      {
        "type": "remainder",
        "label": "no_multistem"
      }
    ]
  },
  "clip": {
    "seconds": 60,
    "source_fields": [
      "audio_url"
    ]
  },
  "pixels": [
    1,
    1
  ],
  "price_unit": "usd",
  "price_per": "minute",
  "price_count_field": "stem_list",
  "price_per_image": 0.2,
  "duration_ms": [
    20000,
    60000
  ]
}

"""#),
        (name: "audio-music-extractor.json", text: #"""
{
  "id": "audio-music-extractor",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "audio",
  "format": "mp3",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: https://reapi.ai/models/music-extractor (Music Extractor API), confidence L: the page body was not seen, its fields are unknown.",
    "(choice) The smallest plausible contract: audio_url (required, public http(s)) and encoder_format mp3|wav|flac|aac|ogg (default mp3), as the other audio tools.",
    "Price: audio-music-extractor:flat $0.20 per started source minute (the pricing table).",
    "(choice) One track music (type music).",
    "(choice) encoder_format aac is served as MP3 (.mp3, audio/mpeg): Debian main has no small AAC encoder (docs/models.md).",
    "(choice) The source's length cannot be probed offline: the scenario's source_seconds for audio_url, else 60 s; the tracks last that long. Processing 20-60 s; URLs live 24 hours."
  ],
  "fields": {
    "audio_url": {
      "type": "string",
      "urls": true,
      "required": true,
      "messages": {
        "data_uri": "audio_url must be a public http(s) URL",
        "not_http": "audio_url must be a public http(s) URL"
      }
    },
    "encoder_format": {
      "type": "string",
      "enum": [
        "mp3",
        "wav",
        "flac",
        "aac",
        "ogg"
      ],
      "default": "mp3"
    }
  },
  "format_field": "encoder_format",
  "tracks": {
    "fixed": [
      {
        "type": "music",
        "label": "music"
      }
    ]
  },
  "clip": {
    "seconds": 60,
    "source_fields": [
      "audio_url"
    ]
  },
  "pixels": [
    1,
    1
  ],
  "price_unit": "usd",
  "price_per": "minute",
  "price_per_image": 0.2,
  "duration_ms": [
    20000,
    60000
  ]
}

"""#),
        (name: "audio-stem-separator.json", text: #"""
{
  "id": "audio-stem-separator",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "audio",
  "format": "mp3",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: https://reapi.ai/docs/vocal-remover (Vocal Remover API), confidence H; no published schema: fields from the page's table.",
    "stem required (the page: \"Use vocals for this API page.\"; other stem values are not documented: (choice) any non-empty name up to 64 characters is accepted), splitter auto|andromeda|perseus|orion|phoenix|lyra|lynx (default auto), extraction_level deep_extraction|clear_cut (default deep_extraction), multivocal lead_back \"Only valid with stem: vocals\", dereverb_enabled boolean, encoder_format mp3|wav|flac|aac|ogg (default mp3 (choice)).",
    "Price: audio-stem-separator:flat, \"200 credits ($0.20) per rounded-up source minute\".",
    "(choice) Two tracks (type stem): the stem asked for, labelled with its name (vocals), and the rest, labelled instrumental.",
    "(choice) encoder_format aac is served as MP3 (.mp3, audio/mpeg): Debian main has no small AAC encoder (docs/models.md).",
    "(choice) The source's length cannot be probed offline: the scenario's source_seconds for audio_url, else 60 s; the tracks last that long. Processing 20-60 s; URLs live 24 hours."
  ],
  "fields": {
    "audio_url": {
      "type": "string",
      "urls": true,
      "required": true,
      "messages": {
        "data_uri": "audio_url must be a public http(s) URL",
        "not_http": "audio_url must be a public http(s) URL"
      }
    },
    "stem": {
      "type": "string",
      "min_length": 1,
      "max_length": 64,
      "required": true
    },
    "splitter": {
      "type": "string",
      "enum": [
        "auto",
        "andromeda",
        "perseus",
        "orion",
        "phoenix",
        "lyra",
        "lynx"
      ],
      "default": "auto"
    },
    "extraction_level": {
      "type": "string",
      "enum": [
        "deep_extraction",
        "clear_cut"
      ],
      "default": "deep_extraction"
    },
    "multivocal": {
      "type": "string",
      "enum": [
        "lead_back"
      ]
    },
    "dereverb_enabled": {
      "type": "boolean"
    },
    "encoder_format": {
      "type": "string",
      "enum": [
        "mp3",
        "wav",
        "flac",
        "aac",
        "ogg"
      ],
      "default": "mp3"
    }
  },
  "rules": [
    {
      "when": {
        "multivocal": {
          "supplied": true
        }
      },
      "require": {
        "stem": {
          "in": [
            "vocals"
          ]
        }
      },
      "message": "multivocal is only valid with stem: \"vocals\""
    }
  ],
  "format_field": "encoder_format",
  "tracks": {
    "from_field": "stem",
    "type": "stem",
    "fixed": [
      {
        "type": "stem",
        "label": "instrumental"
      }
    ]
  },
  "clip": {
    "seconds": 60,
    "source_fields": [
      "audio_url"
    ]
  },
  "pixels": [
    1,
    1
  ],
  "price_unit": "usd",
  "price_per": "minute",
  "price_per_image": 0.2,
  "duration_ms": [
    20000,
    60000
  ]
}

"""#),
        (name: "audio-voice-change.json", text: #"""
{
  "id": "audio-voice-change",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "audio",
  "format": "mp3",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: https://reapi.ai/docs/voice-changer (Voice Changer API), confidence H; no published schema: fields from the page's table.",
    "voice_pack_id required, accent 0-1 (default 1), tonality_reference source_file|voice_pack (default source_file), dereverb_enabled boolean, encoder_format mp3|wav|flac|aac|ogg (default mp3 (choice)).",
    "Price: audio-voice-change:flat, \"200 credits ($0.20) per rounded-up source minute\".",
    "One track converted_mix (\"output.tracks can identify converted_mix when labels are available\"); (choice) its type mix.",
    "(choice) encoder_format aac is served as MP3 (.mp3, audio/mpeg): Debian main has no small AAC encoder (docs/models.md).",
    "(choice) The source's length cannot be probed offline: the scenario's source_seconds for audio_url, else 60 s; the tracks last that long. Processing 20-60 s; URLs live 24 hours."
  ],
  "fields": {
    "audio_url": {
      "type": "string",
      "urls": true,
      "required": true,
      "messages": {
        "data_uri": "audio_url must be a public http(s) URL",
        "not_http": "audio_url must be a public http(s) URL"
      }
    },
    "voice_pack_id": {
      "type": "string",
      "min_length": 1,
      "required": true
    },
    "accent": {
      "type": "number",
      "min": 0,
      "max": 1,
      "default": 1
    },
    "tonality_reference": {
      "type": "string",
      "enum": [
        "source_file",
        "voice_pack"
      ],
      "default": "source_file"
    },
    "dereverb_enabled": {
      "type": "boolean"
    },
    "encoder_format": {
      "type": "string",
      "enum": [
        "mp3",
        "wav",
        "flac",
        "aac",
        "ogg"
      ],
      "default": "mp3"
    }
  },
  "format_field": "encoder_format",
  "tracks": {
    "fixed": [
      {
        "type": "mix",
        "label": "converted_mix"
      }
    ]
  },
  "clip": {
    "seconds": 60,
    "source_fields": [
      "audio_url"
    ]
  },
  "pixels": [
    1,
    1
  ],
  "price_unit": "usd",
  "price_per": "minute",
  "price_per_image": 0.2,
  "duration_ms": [
    20000,
    60000
  ]
}

"""#),
        (name: "audio-voice-clean.json", text: #"""
{
  "id": "audio-voice-clean",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "audio",
  "format": "mp3",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: https://reapi.ai/models/voice-cleaner (Voice Cleaner API), confidence L: the page body was not seen, its fields are unknown.",
    "(choice) The smallest plausible contract: audio_url (required, public http(s)) and encoder_format mp3|wav|flac|aac|ogg (default mp3), as the other audio tools.",
    "Price: audio-voice-clean:flat $0.20 per started source minute (the pricing table).",
    "(choice) One track clean_voice (type voice).",
    "(choice) encoder_format aac is served as MP3 (.mp3, audio/mpeg): Debian main has no small AAC encoder (docs/models.md).",
    "(choice) The source's length cannot be probed offline: the scenario's source_seconds for audio_url, else 60 s; the tracks last that long. Processing 20-60 s; URLs live 24 hours."
  ],
  "fields": {
    "audio_url": {
      "type": "string",
      "urls": true,
      "required": true,
      "messages": {
        "data_uri": "audio_url must be a public http(s) URL",
        "not_http": "audio_url must be a public http(s) URL"
      }
    },
    "encoder_format": {
      "type": "string",
      "enum": [
        "mp3",
        "wav",
        "flac",
        "aac",
        "ogg"
      ],
      "default": "mp3"
    }
  },
  "format_field": "encoder_format",
  "tracks": {
    "fixed": [
      {
        "type": "voice",
        "label": "clean_voice"
      }
    ]
  },
  "clip": {
    "seconds": 60,
    "source_fields": [
      "audio_url"
    ]
  },
  "pixels": [
    1,
    1
  ],
  "price_unit": "usd",
  "price_per": "minute",
  "price_per_image": 0.2,
  "duration_ms": [
    20000,
    60000
  ]
}

"""#),
        (name: "doubao-seedance-2.0-face.json", text: #"""
{
  "id": "doubao-seedance-2.0-face",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published_contract contract, confidence H; https://reapi.ai/docs/seedance-2-0; https://reapi.ai/models/seedance-2-0; https://reapi.ai/zh/models/seedance-2-0.",
    "SKU <resolution>:text|ref: ref when video_urls is given (the reference's reading), text otherwise.",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "max_length": 4000,
      "min_length": 3,
      "required": true
    },
    "duration": {
      "type": "integer",
      "enum": [
        "4",
        "5",
        "6",
        "7",
        "8",
        "9",
        "10",
        "11",
        "12",
        "13",
        "14",
        "15"
      ],
      "default": 5
    },
    "size": {
      "type": "string",
      "enum": [
        "16:9",
        "9:16",
        "1:1",
        "4:3",
        "3:4",
        "21:9",
        "adaptive"
      ],
      "default": "16:9"
    },
    "resolution": {
      "type": "string",
      "enum": [
        "480p",
        "720p",
        "1080p",
        "4k"
      ],
      "default": "720p"
    },
    "generate_audio": {
      "type": "boolean",
      "default": false
    },
    "return_last_frame": {
      "type": "boolean",
      "default": false
    },
    "tools": {
      "type": "array",
      "items": {
        "type": "object",
        "fields": {
          "type": {
            "type": "string",
            "enum": [
              "web_search"
            ],
            "required": true
          }
        },
        "additional_fields": true
      }
    },
    "nsfw_checker": {
      "type": "boolean",
      "default": true
    },
    "fallback": {
      "type": "object",
      "fields": {
        "allow_lossy": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "seed"
            ]
          }
        },
        "enabled": {
          "type": "boolean",
          "default": true
        }
      }
    },
    "audio_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 3
    },
    "image_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 9,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    },
    "image_with_roles": {
      "type": "array",
      "max_items": 2,
      "items": {
        "type": "object",
        "fields": {
          "url": {
            "type": "string",
            "urls": true,
            "required": true
          },
          "role": {
            "type": "string",
            "enum": [
              "first_frame",
              "last_frame"
            ],
            "required": true
          }
        }
      }
    },
    "video_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 3
    }
  },
  "rules": [
    {
      "when": {
        "image_urls": {
          "supplied": true
        }
      },
      "require": {
        "image_with_roles": {
          "supplied": false
        }
      },
      "message": "image_urls and image_with_roles are mutually exclusive"
    },
    {
      "when": {
        "image_with_roles": {
          "supplied": true
        }
      },
      "require": {
        "video_urls": {
          "supplied": false
        },
        "audio_urls": {
          "supplied": false
        }
      },
      "message": "image_with_roles cannot be combined with video_urls or audio_urls"
    },
    {
      "when": {
        "audio_urls": {
          "supplied": true
        },
        "image_urls": {
          "supplied": false
        }
      },
      "require": {
        "video_urls": {
          "supplied": true
        }
      },
      "message": "audio_urls requires image_urls or video_urls"
    }
  ],
  "clip": {
    "seconds_field": "duration",
    "seconds": 5,
    "audio_fields": [
      "generate_audio"
    ],
    "last_frame_field": "return_last_frame"
  },
  "pixels_by": [
    "resolution",
    "size"
  ],
  "pixels": {
    "480p": {
      "16:9": [
        854,
        480
      ],
      "9:16": [
        480,
        854
      ],
      "1:1": [
        480,
        480
      ],
      "4:3": [
        640,
        480
      ],
      "3:4": [
        480,
        640
      ],
      "21:9": [
        1120,
        480
      ],
      "adaptive": [
        854,
        480
      ]
    },
    "720p": {
      "16:9": [
        1280,
        720
      ],
      "9:16": [
        720,
        1280
      ],
      "1:1": [
        720,
        720
      ],
      "4:3": [
        960,
        720
      ],
      "3:4": [
        720,
        960
      ],
      "21:9": [
        1680,
        720
      ],
      "adaptive": [
        1280,
        720
      ]
    },
    "1080p": {
      "16:9": [
        1920,
        1080
      ],
      "9:16": [
        1080,
        1920
      ],
      "1:1": [
        1080,
        1080
      ],
      "4:3": [
        1440,
        1080
      ],
      "3:4": [
        1080,
        1440
      ],
      "21:9": [
        2520,
        1080
      ],
      "adaptive": [
        1920,
        1080
      ]
    },
    "4k": {
      "16:9": [
        3840,
        2160
      ],
      "9:16": [
        2160,
        3840
      ],
      "1:1": [
        2160,
        2160
      ],
      "4:3": [
        2880,
        2160
      ],
      "3:4": [
        2160,
        2880
      ],
      "21:9": [
        5040,
        2160
      ],
      "adaptive": [
        3840,
        2160
      ]
    }
  },
  "price_unit": "usd",
  "price_per": "second",
  "price_by": [
    "resolution",
    "supplied(video_urls)"
  ],
  "price_per_image": {
    "480p": {
      "false": 0.10912,
      "true": 0.066
    },
    "720p": {
      "false": 0.23496,
      "true": 0.14168
    },
    "1080p": {
      "false": 0.55,
      "true": 0.33
    },
    "4k": {
      "false": 0.817559,
      "true": 0.503112
    }
  },
  "duration_by": [
    "resolution"
  ],
  "duration_ms": {
    "480p": [
      40000,
      80000
    ],
    "720p": [
      60000,
      120000
    ],
    "1080p": [
      90000,
      180000
    ],
    "4k": [
      180000,
      360000
    ]
  }
}

"""#),
        (name: "doubao-seedance-2.0-fast-face.json", text: #"""
{
  "id": "doubao-seedance-2.0-fast-face",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published_contract contract, confidence H; https://reapi.ai/docs/seedance-2-0; https://reapi.ai/models/seedance-2-0; https://reapi.ai/zh/models/seedance-2-0.",
    "SKU <resolution>:text|ref: ref when video_urls is given (the reference's reading), text otherwise.",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "max_length": 4000,
      "min_length": 3,
      "required": true
    },
    "duration": {
      "type": "integer",
      "enum": [
        "4",
        "5",
        "6",
        "7",
        "8",
        "9",
        "10",
        "11",
        "12",
        "13",
        "14",
        "15"
      ],
      "default": 5
    },
    "size": {
      "type": "string",
      "enum": [
        "16:9",
        "9:16",
        "1:1",
        "4:3",
        "3:4",
        "21:9",
        "adaptive"
      ],
      "default": "16:9"
    },
    "resolution": {
      "type": "string",
      "enum": [
        "480p",
        "720p",
        "1080p",
        "4k"
      ],
      "default": "720p"
    },
    "generate_audio": {
      "type": "boolean",
      "default": false
    },
    "return_last_frame": {
      "type": "boolean",
      "default": false
    },
    "tools": {
      "type": "array",
      "items": {
        "type": "object",
        "fields": {
          "type": {
            "type": "string",
            "enum": [
              "web_search"
            ],
            "required": true
          }
        },
        "additional_fields": true
      }
    },
    "nsfw_checker": {
      "type": "boolean",
      "default": true
    },
    "fallback": {
      "type": "object",
      "fields": {
        "allow_lossy": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "seed"
            ]
          }
        },
        "enabled": {
          "type": "boolean",
          "default": true
        }
      }
    },
    "audio_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 3
    },
    "image_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 9,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    },
    "image_with_roles": {
      "type": "array",
      "max_items": 2,
      "items": {
        "type": "object",
        "fields": {
          "url": {
            "type": "string",
            "urls": true,
            "required": true
          },
          "role": {
            "type": "string",
            "enum": [
              "first_frame",
              "last_frame"
            ],
            "required": true
          }
        }
      }
    },
    "video_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 3
    }
  },
  "rules": [
    {
      "when": {
        "resolution": {
          "in": [
            "1080p"
          ]
        }
      },
      "require": {
        "resolution": {
          "not_in": [
            "1080p"
          ]
        }
      },
      "message": "resolution=1080p is not supported by doubao-seedance-2.0-fast-face (use doubao-seedance-2.0 or doubao-seedance-2.0-face)"
    },
    {
      "when": {
        "resolution": {
          "in": [
            "4k"
          ]
        }
      },
      "require": {
        "resolution": {
          "not_in": [
            "4k"
          ]
        }
      },
      "message": "resolution=4k is not supported by doubao-seedance-2.0-fast-face (use doubao-seedance-2.0 or doubao-seedance-2.0-face)"
    },
    {
      "when": {
        "image_urls": {
          "supplied": true
        }
      },
      "require": {
        "image_with_roles": {
          "supplied": false
        }
      },
      "message": "image_urls and image_with_roles are mutually exclusive"
    },
    {
      "when": {
        "image_with_roles": {
          "supplied": true
        }
      },
      "require": {
        "video_urls": {
          "supplied": false
        },
        "audio_urls": {
          "supplied": false
        }
      },
      "message": "image_with_roles cannot be combined with video_urls or audio_urls"
    },
    {
      "when": {
        "audio_urls": {
          "supplied": true
        },
        "image_urls": {
          "supplied": false
        }
      },
      "require": {
        "video_urls": {
          "supplied": true
        }
      },
      "message": "audio_urls requires image_urls or video_urls"
    }
  ],
  "clip": {
    "seconds_field": "duration",
    "seconds": 5,
    "audio_fields": [
      "generate_audio"
    ],
    "last_frame_field": "return_last_frame"
  },
  "pixels_by": [
    "resolution",
    "size"
  ],
  "pixels": {
    "480p": {
      "16:9": [
        854,
        480
      ],
      "9:16": [
        480,
        854
      ],
      "1:1": [
        480,
        480
      ],
      "4:3": [
        640,
        480
      ],
      "3:4": [
        480,
        640
      ],
      "21:9": [
        1120,
        480
      ],
      "adaptive": [
        854,
        480
      ]
    },
    "720p": {
      "16:9": [
        1280,
        720
      ],
      "9:16": [
        720,
        1280
      ],
      "1:1": [
        720,
        720
      ],
      "4:3": [
        960,
        720
      ],
      "3:4": [
        720,
        960
      ],
      "21:9": [
        1680,
        720
      ],
      "adaptive": [
        1280,
        720
      ]
    },
    "1080p": {
      "16:9": [
        1920,
        1080
      ],
      "9:16": [
        1080,
        1920
      ],
      "1:1": [
        1080,
        1080
      ],
      "4:3": [
        1440,
        1080
      ],
      "3:4": [
        1080,
        1440
      ],
      "21:9": [
        2520,
        1080
      ],
      "adaptive": [
        1920,
        1080
      ]
    },
    "4k": {
      "16:9": [
        3840,
        2160
      ],
      "9:16": [
        2160,
        3840
      ],
      "1:1": [
        2160,
        2160
      ],
      "4:3": [
        2880,
        2160
      ],
      "3:4": [
        2160,
        2880
      ],
      "21:9": [
        5040,
        2160
      ],
      "adaptive": [
        3840,
        2160
      ]
    }
  },
  "price_unit": "usd",
  "price_per": "second",
  "price_by": [
    "resolution",
    "supplied(video_urls)"
  ],
  "price_per_image": {
    "480p": {
      "false": 0.088,
      "true": 0.0528
    },
    "720p": {
      "false": 0.1892,
      "true": 0.11352
    }
  },
  "duration_by": [
    "resolution"
  ],
  "duration_ms": {
    "480p": [
      40000,
      80000
    ],
    "720p": [
      60000,
      120000
    ],
    "1080p": [
      90000,
      180000
    ],
    "4k": [
      180000,
      360000
    ]
  }
}

"""#),
        (name: "doubao-seedance-2.0-fast-official.json", text: #"""
{
  "id": "doubao-seedance-2.0-fast-official",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published_contract contract, confidence H; https://reapi.ai/models/seedance-2-0.",
    "(choice) size has no published default: 16:9.",
    "(choice) duration has no published default: 5 s.",
    "SKU <resolution>:text|ref: ref when video_urls is given (the reference's reading), text otherwise.",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "max_length": 4000,
      "min_length": 3,
      "required": true
    },
    "duration": {
      "type": "integer",
      "enum": [
        "4",
        "5",
        "6",
        "7",
        "8",
        "9",
        "10",
        "11",
        "12",
        "13",
        "14",
        "15"
      ],
      "default": 5
    },
    "size": {
      "type": "string",
      "enum": [
        "16:9",
        "9:16",
        "1:1",
        "4:3",
        "3:4",
        "21:9",
        "adaptive"
      ],
      "default": "16:9"
    },
    "resolution": {
      "type": "string",
      "enum": [
        "480p",
        "720p",
        "1080p",
        "4k"
      ],
      "default": "720p"
    },
    "generate_audio": {
      "type": "boolean"
    },
    "return_last_frame": {
      "type": "boolean"
    },
    "tools": {
      "type": "array",
      "items": {
        "type": "object",
        "fields": {
          "type": {
            "type": "string",
            "enum": [
              "web_search"
            ],
            "required": true
          }
        },
        "additional_fields": true
      }
    },
    "fallback": {
      "type": "object",
      "fields": {
        "allow_lossy": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "seed"
            ]
          }
        },
        "enabled": {
          "type": "boolean",
          "default": true
        }
      }
    },
    "audio_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 3
    },
    "image_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 9,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    },
    "image_with_roles": {
      "type": "array",
      "max_items": 2,
      "items": {
        "type": "object",
        "fields": {
          "url": {
            "type": "string",
            "urls": true,
            "required": true
          },
          "role": {
            "type": "string",
            "enum": [
              "first_frame",
              "last_frame"
            ],
            "required": true
          }
        }
      }
    },
    "video_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 3
    }
  },
  "rules": [
    {
      "when": {
        "resolution": {
          "in": [
            "1080p"
          ]
        }
      },
      "require": {
        "resolution": {
          "not_in": [
            "1080p"
          ]
        }
      },
      "message": "resolution=1080p is not supported by doubao-seedance-2.0-fast-official (use doubao-seedance-2.0 or doubao-seedance-2.0-face)"
    },
    {
      "when": {
        "resolution": {
          "in": [
            "4k"
          ]
        }
      },
      "require": {
        "resolution": {
          "not_in": [
            "4k"
          ]
        }
      },
      "message": "resolution=4k is not supported by doubao-seedance-2.0-fast-official (use doubao-seedance-2.0 or doubao-seedance-2.0-face)"
    },
    {
      "when": {
        "image_urls": {
          "supplied": true
        }
      },
      "require": {
        "image_with_roles": {
          "supplied": false
        }
      },
      "message": "image_urls and image_with_roles are mutually exclusive"
    },
    {
      "when": {
        "image_with_roles": {
          "supplied": true
        }
      },
      "require": {
        "video_urls": {
          "supplied": false
        },
        "audio_urls": {
          "supplied": false
        }
      },
      "message": "image_with_roles cannot be combined with video_urls or audio_urls"
    },
    {
      "when": {
        "audio_urls": {
          "supplied": true
        },
        "image_urls": {
          "supplied": false
        }
      },
      "require": {
        "video_urls": {
          "supplied": true
        }
      },
      "message": "audio_urls requires image_urls or video_urls"
    }
  ],
  "clip": {
    "seconds_field": "duration",
    "seconds": 5,
    "audio_fields": [
      "generate_audio"
    ],
    "last_frame_field": "return_last_frame"
  },
  "pixels_by": [
    "resolution",
    "size"
  ],
  "pixels": {
    "480p": {
      "16:9": [
        854,
        480
      ],
      "9:16": [
        480,
        854
      ],
      "1:1": [
        480,
        480
      ],
      "4:3": [
        640,
        480
      ],
      "3:4": [
        480,
        640
      ],
      "21:9": [
        1120,
        480
      ],
      "adaptive": [
        854,
        480
      ]
    },
    "720p": {
      "16:9": [
        1280,
        720
      ],
      "9:16": [
        720,
        1280
      ],
      "1:1": [
        720,
        720
      ],
      "4:3": [
        960,
        720
      ],
      "3:4": [
        720,
        960
      ],
      "21:9": [
        1680,
        720
      ],
      "adaptive": [
        1280,
        720
      ]
    },
    "1080p": {
      "16:9": [
        1920,
        1080
      ],
      "9:16": [
        1080,
        1920
      ],
      "1:1": [
        1080,
        1080
      ],
      "4:3": [
        1440,
        1080
      ],
      "3:4": [
        1080,
        1440
      ],
      "21:9": [
        2520,
        1080
      ],
      "adaptive": [
        1920,
        1080
      ]
    },
    "4k": {
      "16:9": [
        3840,
        2160
      ],
      "9:16": [
        2160,
        3840
      ],
      "1:1": [
        2160,
        2160
      ],
      "4:3": [
        2880,
        2160
      ],
      "3:4": [
        2160,
        2880
      ],
      "21:9": [
        5040,
        2160
      ],
      "adaptive": [
        3840,
        2160
      ]
    }
  },
  "price_unit": "usd",
  "price_per": "second",
  "price_by": [
    "resolution",
    "supplied(video_urls)"
  ],
  "price_per_image": {
    "480p": {
      "false": 0.065647,
      "true": 0.039034
    },
    "720p": {
      "false": 0.141176,
      "true": 0.083942
    }
  },
  "duration_by": [
    "resolution"
  ],
  "duration_ms": {
    "480p": [
      40000,
      80000
    ],
    "720p": [
      60000,
      120000
    ],
    "1080p": [
      90000,
      180000
    ],
    "4k": [
      180000,
      360000
    ]
  }
}

"""#),
        (name: "doubao-seedance-2.0-fast.json", text: #"""
{
  "id": "doubao-seedance-2.0-fast",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published_contract contract, confidence H; https://reapi.ai/docs/seedance-2-0; https://reapi.ai/models/seedance-2-0.",
    "(choice) size has no published default: 16:9.",
    "(choice) duration has no published default: 5 s.",
    "SKU <resolution>:text|ref: ref when video_urls is given (the reference's reading), text otherwise.",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "max_length": 4000,
      "min_length": 3,
      "required": true
    },
    "duration": {
      "type": "integer",
      "enum": [
        "4",
        "5",
        "6",
        "7",
        "8",
        "9",
        "10",
        "11",
        "12",
        "13",
        "14",
        "15"
      ],
      "default": 5
    },
    "size": {
      "type": "string",
      "enum": [
        "16:9",
        "9:16",
        "1:1",
        "4:3",
        "3:4",
        "21:9",
        "adaptive"
      ],
      "default": "16:9"
    },
    "resolution": {
      "type": "string",
      "enum": [
        "480p",
        "720p",
        "1080p",
        "4k"
      ],
      "default": "720p"
    },
    "generate_audio": {
      "type": "boolean"
    },
    "return_last_frame": {
      "type": "boolean"
    },
    "tools": {
      "type": "array",
      "items": {
        "type": "object",
        "fields": {
          "type": {
            "type": "string",
            "enum": [
              "web_search"
            ],
            "required": true
          }
        },
        "additional_fields": true
      }
    },
    "nsfw_checker": {
      "type": "boolean",
      "default": true
    },
    "fallback": {
      "type": "object",
      "fields": {
        "allow_lossy": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "seed"
            ]
          }
        },
        "enabled": {
          "type": "boolean",
          "default": true
        }
      }
    },
    "audio_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 3
    },
    "image_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 9,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    },
    "image_with_roles": {
      "type": "array",
      "max_items": 2,
      "items": {
        "type": "object",
        "fields": {
          "url": {
            "type": "string",
            "urls": true,
            "required": true
          },
          "role": {
            "type": "string",
            "enum": [
              "first_frame",
              "last_frame"
            ],
            "required": true
          }
        }
      }
    },
    "video_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 3
    }
  },
  "rules": [
    {
      "when": {
        "resolution": {
          "in": [
            "1080p"
          ]
        }
      },
      "require": {
        "resolution": {
          "not_in": [
            "1080p"
          ]
        }
      },
      "message": "resolution=1080p is not supported by doubao-seedance-2.0-fast (use doubao-seedance-2.0 or doubao-seedance-2.0-face)"
    },
    {
      "when": {
        "resolution": {
          "in": [
            "4k"
          ]
        }
      },
      "require": {
        "resolution": {
          "not_in": [
            "4k"
          ]
        }
      },
      "message": "resolution=4k is not supported by doubao-seedance-2.0-fast (use doubao-seedance-2.0 or doubao-seedance-2.0-face)"
    },
    {
      "when": {
        "image_urls": {
          "supplied": true
        }
      },
      "require": {
        "image_with_roles": {
          "supplied": false
        }
      },
      "message": "image_urls and image_with_roles are mutually exclusive"
    },
    {
      "when": {
        "image_with_roles": {
          "supplied": true
        }
      },
      "require": {
        "video_urls": {
          "supplied": false
        },
        "audio_urls": {
          "supplied": false
        }
      },
      "message": "image_with_roles cannot be combined with video_urls or audio_urls"
    },
    {
      "when": {
        "audio_urls": {
          "supplied": true
        },
        "image_urls": {
          "supplied": false
        }
      },
      "require": {
        "video_urls": {
          "supplied": true
        }
      },
      "message": "audio_urls requires image_urls or video_urls"
    }
  ],
  "clip": {
    "seconds_field": "duration",
    "seconds": 5,
    "audio_fields": [
      "generate_audio"
    ],
    "last_frame_field": "return_last_frame"
  },
  "pixels_by": [
    "resolution",
    "size"
  ],
  "pixels": {
    "480p": {
      "16:9": [
        854,
        480
      ],
      "9:16": [
        480,
        854
      ],
      "1:1": [
        480,
        480
      ],
      "4:3": [
        640,
        480
      ],
      "3:4": [
        480,
        640
      ],
      "21:9": [
        1120,
        480
      ],
      "adaptive": [
        854,
        480
      ]
    },
    "720p": {
      "16:9": [
        1280,
        720
      ],
      "9:16": [
        720,
        1280
      ],
      "1:1": [
        720,
        720
      ],
      "4:3": [
        960,
        720
      ],
      "3:4": [
        720,
        960
      ],
      "21:9": [
        1680,
        720
      ],
      "adaptive": [
        1280,
        720
      ]
    },
    "1080p": {
      "16:9": [
        1920,
        1080
      ],
      "9:16": [
        1080,
        1920
      ],
      "1:1": [
        1080,
        1080
      ],
      "4:3": [
        1440,
        1080
      ],
      "3:4": [
        1080,
        1440
      ],
      "21:9": [
        2520,
        1080
      ],
      "adaptive": [
        1920,
        1080
      ]
    },
    "4k": {
      "16:9": [
        3840,
        2160
      ],
      "9:16": [
        2160,
        3840
      ],
      "1:1": [
        2160,
        2160
      ],
      "4:3": [
        2880,
        2160
      ],
      "3:4": [
        2160,
        2880
      ],
      "21:9": [
        5040,
        2160
      ],
      "adaptive": [
        3840,
        2160
      ]
    }
  },
  "price_unit": "usd",
  "price_per": "second",
  "price_by": [
    "resolution",
    "supplied(video_urls)"
  ],
  "price_per_image": {
    "480p": {
      "false": 0.06424,
      "true": 0.03828
    },
    "720p": {
      "false": 0.13816,
      "true": 0.08272
    }
  },
  "duration_by": [
    "resolution"
  ],
  "duration_ms": {
    "480p": [
      40000,
      80000
    ],
    "720p": [
      60000,
      120000
    ],
    "1080p": [
      90000,
      180000
    ],
    "4k": [
      180000,
      360000
    ]
  }
}

"""#),
        (name: "doubao-seedance-2.0-official.json", text: #"""
{
  "id": "doubao-seedance-2.0-official",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published_contract contract, confidence H; https://reapi.ai/models/seedance-2-0.",
    "(choice) size has no published default: 16:9.",
    "(choice) duration has no published default: 5 s.",
    "SKU <resolution>:text|ref: ref when video_urls is given (the reference's reading), text otherwise.",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "max_length": 4000,
      "min_length": 3,
      "required": true
    },
    "duration": {
      "type": "integer",
      "enum": [
        "4",
        "5",
        "6",
        "7",
        "8",
        "9",
        "10",
        "11",
        "12",
        "13",
        "14",
        "15"
      ],
      "default": 5
    },
    "size": {
      "type": "string",
      "enum": [
        "16:9",
        "9:16",
        "1:1",
        "4:3",
        "3:4",
        "21:9",
        "adaptive"
      ],
      "default": "16:9"
    },
    "resolution": {
      "type": "string",
      "enum": [
        "480p",
        "720p",
        "1080p",
        "4k"
      ],
      "default": "720p"
    },
    "generate_audio": {
      "type": "boolean"
    },
    "return_last_frame": {
      "type": "boolean"
    },
    "tools": {
      "type": "array",
      "items": {
        "type": "object",
        "fields": {
          "type": {
            "type": "string",
            "enum": [
              "web_search"
            ],
            "required": true
          }
        },
        "additional_fields": true
      }
    },
    "fallback": {
      "type": "object",
      "fields": {
        "allow_lossy": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "seed"
            ]
          }
        },
        "enabled": {
          "type": "boolean",
          "default": true
        }
      }
    },
    "audio_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 3
    },
    "image_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 9,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    },
    "image_with_roles": {
      "type": "array",
      "max_items": 2,
      "items": {
        "type": "object",
        "fields": {
          "url": {
            "type": "string",
            "urls": true,
            "required": true
          },
          "role": {
            "type": "string",
            "enum": [
              "first_frame",
              "last_frame"
            ],
            "required": true
          }
        }
      }
    },
    "video_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 3
    }
  },
  "rules": [
    {
      "when": {
        "image_urls": {
          "supplied": true
        }
      },
      "require": {
        "image_with_roles": {
          "supplied": false
        }
      },
      "message": "image_urls and image_with_roles are mutually exclusive"
    },
    {
      "when": {
        "image_with_roles": {
          "supplied": true
        }
      },
      "require": {
        "video_urls": {
          "supplied": false
        },
        "audio_urls": {
          "supplied": false
        }
      },
      "message": "image_with_roles cannot be combined with video_urls or audio_urls"
    },
    {
      "when": {
        "audio_urls": {
          "supplied": true
        },
        "image_urls": {
          "supplied": false
        }
      },
      "require": {
        "video_urls": {
          "supplied": true
        }
      },
      "message": "audio_urls requires image_urls or video_urls"
    }
  ],
  "clip": {
    "seconds_field": "duration",
    "seconds": 5,
    "audio_fields": [
      "generate_audio"
    ],
    "last_frame_field": "return_last_frame"
  },
  "pixels_by": [
    "resolution",
    "size"
  ],
  "pixels": {
    "480p": {
      "16:9": [
        854,
        480
      ],
      "9:16": [
        480,
        854
      ],
      "1:1": [
        480,
        480
      ],
      "4:3": [
        640,
        480
      ],
      "3:4": [
        480,
        640
      ],
      "21:9": [
        1120,
        480
      ],
      "adaptive": [
        854,
        480
      ]
    },
    "720p": {
      "16:9": [
        1280,
        720
      ],
      "9:16": [
        720,
        1280
      ],
      "1:1": [
        720,
        720
      ],
      "4:3": [
        960,
        720
      ],
      "3:4": [
        720,
        960
      ],
      "21:9": [
        1680,
        720
      ],
      "adaptive": [
        1280,
        720
      ]
    },
    "1080p": {
      "16:9": [
        1920,
        1080
      ],
      "9:16": [
        1080,
        1920
      ],
      "1:1": [
        1080,
        1080
      ],
      "4:3": [
        1440,
        1080
      ],
      "3:4": [
        1080,
        1440
      ],
      "21:9": [
        2520,
        1080
      ],
      "adaptive": [
        1920,
        1080
      ]
    },
    "4k": {
      "16:9": [
        3840,
        2160
      ],
      "9:16": [
        2160,
        3840
      ],
      "1:1": [
        2160,
        2160
      ],
      "4:3": [
        2880,
        2160
      ],
      "3:4": [
        2160,
        2880
      ],
      "21:9": [
        5040,
        2160
      ],
      "adaptive": [
        3840,
        2160
      ]
    }
  },
  "price_unit": "usd",
  "price_per": "second",
  "price_by": [
    "resolution",
    "supplied(video_urls)"
  ],
  "price_per_image": {
    "480p": {
      "false": 0.0792,
      "true": 0.048209
    },
    "720p": {
      "false": 0.1704,
      "true": 0.103722
    },
    "1080p": {
      "false": 0.4248,
      "true": 0.258211
    },
    "4k": {
      "false": 0.85472,
      "true": 0.525981
    }
  },
  "duration_by": [
    "resolution"
  ],
  "duration_ms": {
    "480p": [
      40000,
      80000
    ],
    "720p": [
      60000,
      120000
    ],
    "1080p": [
      90000,
      180000
    ],
    "4k": [
      180000,
      360000
    ]
  }
}

"""#),
        (name: "doubao-seedance-2.0.json", text: #"""
{
  "id": "doubao-seedance-2.0",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published_contract contract, confidence H; https://reapi.ai/docs/seedance-2-0; https://reapi.ai/models/seedance-2-0.",
    "(choice) size has no published default: 16:9.",
    "(choice) duration has no published default: 5 s.",
    "SKU <resolution>:text|ref: ref when video_urls is given (the reference's reading), text otherwise.",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "max_length": 4000,
      "min_length": 3,
      "required": true
    },
    "duration": {
      "type": "integer",
      "enum": [
        "4",
        "5",
        "6",
        "7",
        "8",
        "9",
        "10",
        "11",
        "12",
        "13",
        "14",
        "15"
      ],
      "default": 5
    },
    "size": {
      "type": "string",
      "enum": [
        "16:9",
        "9:16",
        "1:1",
        "4:3",
        "3:4",
        "21:9",
        "adaptive"
      ],
      "default": "16:9"
    },
    "resolution": {
      "type": "string",
      "enum": [
        "480p",
        "720p",
        "1080p",
        "4k"
      ],
      "default": "720p"
    },
    "generate_audio": {
      "type": "boolean"
    },
    "return_last_frame": {
      "type": "boolean"
    },
    "tools": {
      "type": "array",
      "items": {
        "type": "object",
        "fields": {
          "type": {
            "type": "string",
            "enum": [
              "web_search"
            ],
            "required": true
          }
        },
        "additional_fields": true
      }
    },
    "nsfw_checker": {
      "type": "boolean",
      "default": true
    },
    "fallback": {
      "type": "object",
      "fields": {
        "allow_lossy": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "seed"
            ]
          }
        },
        "enabled": {
          "type": "boolean",
          "default": true
        }
      }
    },
    "audio_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 3
    },
    "image_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 9,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    },
    "image_with_roles": {
      "type": "array",
      "max_items": 2,
      "items": {
        "type": "object",
        "fields": {
          "url": {
            "type": "string",
            "urls": true,
            "required": true
          },
          "role": {
            "type": "string",
            "enum": [
              "first_frame",
              "last_frame"
            ],
            "required": true
          }
        }
      }
    },
    "video_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 3
    }
  },
  "rules": [
    {
      "when": {
        "image_urls": {
          "supplied": true
        }
      },
      "require": {
        "image_with_roles": {
          "supplied": false
        }
      },
      "message": "image_urls and image_with_roles are mutually exclusive"
    },
    {
      "when": {
        "image_with_roles": {
          "supplied": true
        }
      },
      "require": {
        "video_urls": {
          "supplied": false
        },
        "audio_urls": {
          "supplied": false
        }
      },
      "message": "image_with_roles cannot be combined with video_urls or audio_urls"
    },
    {
      "when": {
        "audio_urls": {
          "supplied": true
        },
        "image_urls": {
          "supplied": false
        }
      },
      "require": {
        "video_urls": {
          "supplied": true
        }
      },
      "message": "audio_urls requires image_urls or video_urls"
    }
  ],
  "clip": {
    "seconds_field": "duration",
    "seconds": 5,
    "audio_fields": [
      "generate_audio"
    ],
    "last_frame_field": "return_last_frame"
  },
  "pixels_by": [
    "resolution",
    "size"
  ],
  "pixels": {
    "480p": {
      "16:9": [
        854,
        480
      ],
      "9:16": [
        480,
        854
      ],
      "1:1": [
        480,
        480
      ],
      "4:3": [
        640,
        480
      ],
      "3:4": [
        480,
        640
      ],
      "21:9": [
        1120,
        480
      ],
      "adaptive": [
        854,
        480
      ]
    },
    "720p": {
      "16:9": [
        1280,
        720
      ],
      "9:16": [
        720,
        1280
      ],
      "1:1": [
        720,
        720
      ],
      "4:3": [
        960,
        720
      ],
      "3:4": [
        720,
        960
      ],
      "21:9": [
        1680,
        720
      ],
      "adaptive": [
        1280,
        720
      ]
    },
    "1080p": {
      "16:9": [
        1920,
        1080
      ],
      "9:16": [
        1080,
        1920
      ],
      "1:1": [
        1080,
        1080
      ],
      "4:3": [
        1440,
        1080
      ],
      "3:4": [
        1080,
        1440
      ],
      "21:9": [
        2520,
        1080
      ],
      "adaptive": [
        1920,
        1080
      ]
    },
    "4k": {
      "16:9": [
        3840,
        2160
      ],
      "9:16": [
        2160,
        3840
      ],
      "1:1": [
        2160,
        2160
      ],
      "4:3": [
        2880,
        2160
      ],
      "3:4": [
        2160,
        2880
      ],
      "21:9": [
        5040,
        2160
      ],
      "adaptive": [
        3840,
        2160
      ]
    }
  },
  "price_unit": "usd",
  "price_per": "second",
  "price_by": [
    "resolution",
    "supplied(video_urls)"
  ],
  "price_per_image": {
    "480p": {
      "false": 0.079816,
      "true": 0.0484
    },
    "720p": {
      "false": 0.171776,
      "true": 0.10384
    },
    "1080p": {
      "false": 0.3872,
      "true": 0.23496
    },
    "4k": {
      "false": 0.817559,
      "true": 0.503112
    }
  },
  "duration_by": [
    "resolution"
  ],
  "duration_ms": {
    "480p": [
      40000,
      80000
    ],
    "720p": [
      60000,
      120000
    ],
    "1080p": [
      90000,
      180000
    ],
    "4k": [
      180000,
      360000
    ]
  }
}

"""#),
        (name: "doubao-seedream-5-0-lite.json", text: #"""
{
  "id": "doubao-seedream-5-0-lite",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "format": "jpeg",
  "format_field": "output_format",
  "url_ttl_seconds": 86400,
  "image_count_field": "n",
  "notes": [
    "Published input schema (reapi.ai/models/seedream-5-0-lite, snapshot of 2026-07-23): field names, types, enums, defaults, limits, reference media and price SKUs.",
    "Pixels: BytePlus ModelArk's Seedream 5.0 lite size table (2K and 3K); (choice) auto renders the 1:1 cell of its tier.",
    "n > 1 requires sequential_image_generation auto (the page's constraint, which has no message); (choice) the message wording.",
    "output_format picks the file format (jpeg default, png). URLs: 24 hours (BytePlus).",
    "(choice) Duration 10-30 s; the resolution accepts 2K/3K in any case; image_urls entries must be http(s) URLs."
  ],
  "fields": {
    "prompt": {"type": "prompt", "max_length": 4000},
    "size": {
      "type": "string",
      "default": "1:1",
      "enum": ["1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3", "21:9", "auto"]
    },
    "resolution": {"type": "string", "default": "2k", "enum": ["2k", "3k"], "case_insensitive": true},
    "n": {"type": "integer", "default": 1, "min": 1, "max": 4},
    "output_format": {"type": "string", "default": "jpeg", "enum": ["jpeg", "png"]},
    "sequential_image_generation": {"type": "string", "default": "disabled", "enum": ["disabled", "auto"]},
    "sequential_image_generation_options": {
      "type": "object",
      "fields": {
        "max_images": {"type": "integer", "required": true, "min": -9007199254740991, "max": 9007199254740991}
      }
    },
    "watermark": {"type": "boolean"},
    "image_urls": {
      "type": "string_array",
      "max_items": 20,
      "urls": true,
      "messages": {
        "data_uri": "image URL must be a public http(s) URL — data: URIs are rejected",
        "not_http": "image URL must be a public http(s) URL (got \"{value}\")"
      }
    }
  },
  "rules": [
    {
      "when": {"n": {"min": 2}},
      "require": {"sequential_image_generation": {"in": ["auto"]}},
      "message": "n > 1 requires sequential_image_generation \"auto\""
    }
  ],
  "pixels_by": ["resolution", "size"],
  "pixels_treat_as": {"size": {"auto": "1:1"}},
  "pixels": {
    "2k": {
      "1:1": [2048, 2048],
      "4:3": [2304, 1728],
      "3:4": [1728, 2304],
      "16:9": [2848, 1600],
      "9:16": [1600, 2848],
      "3:2": [2496, 1664],
      "2:3": [1664, 2496],
      "21:9": [3136, 1344]
    },
    "3k": {
      "1:1": [3072, 3072],
      "4:3": [3456, 2592],
      "3:4": [2592, 3456],
      "16:9": [4096, 2304],
      "9:16": [2304, 4096],
      "3:2": [3744, 2496],
      "2:3": [2496, 3744],
      "21:9": [4704, 2016]
    }
  },
  "price_unit": "usd",
  "price_by": ["resolution"],
  "price_per_image": {"2k": 0.0308, "3k": 0.0308},
  "duration_ms": [10000, 30000]
}

"""#),
        (name: "doubao-seedream-5-0-pro.json", text: #"""
{
  "id": "doubao-seedream-5-0-pro",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "format": "jpeg",
  "format_field": "output_format",
  "url_ttl_seconds": 86400,
  "notes": [
    "Published input schema (reapi.ai/models/seedream-5-0-pro, snapshot of 2026-07-23): field names, types, enums, defaults, limits, reference media and price SKUs.",
    "(choice) Pixels: not published for 5.0 Pro; basic = the 1K preset list, high = the Seedream 2K preset list (integrator APIYI's caps).",
    "Price SKUs 1k/2k x nsfw x refs2..refs10: (choice) quality basic bills the 1k SKUs and high the 2k ones; nsfw_checker true bills the _nsfw SKU; 0 or 1 reference images bill the base SKU, N >= 2 the refsN SKU.",
    "One image per request (no n field). URLs: 24 hours (integrator EvoLink). Duration 110-130 s (integrator APIYI, measured).",
    "output_format has no published default: (choice) jpeg, as Seedream 5.0 lite."
  ],
  "fields": {
    "prompt": {"type": "prompt", "max_length": 4000},
    "aspect_ratio": {
      "type": "string",
      "default": "1:1",
      "enum": ["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2"]
    },
    "quality": {"type": "string", "default": "basic", "enum": ["basic", "high"]},
    "nsfw_checker": {"type": "boolean", "default": true},
    "output_format": {"type": "string", "default": "jpeg", "enum": ["jpeg", "png"]},
    "watermark": {"type": "boolean"},
    "image_urls": {
      "type": "string_array",
      "max_items": 10,
      "urls": true,
      "messages": {
        "data_uri": "image URL must be a public http(s) URL — data: URIs are rejected",
        "not_http": "image URL must be a public http(s) URL (got \"{value}\")"
      }
    }
  },
  "pixels_by": ["quality", "aspect_ratio"],
  "pixels": {
    "basic": {
      "1:1": [1024, 1024],
      "4:3": [1152, 864],
      "3:4": [864, 1152],
      "16:9": [1280, 720],
      "9:16": [720, 1280],
      "3:2": [1248, 832],
      "2:3": [832, 1248]
    },
    "high": {
      "1:1": [2048, 2048],
      "4:3": [2304, 1728],
      "3:4": [1728, 2304],
      "16:9": [2560, 1440],
      "9:16": [1440, 2560],
      "3:2": [2496, 1664],
      "2:3": [1664, 2496]
    }
  },
  "price_unit": "usd",
  "price_by": ["quality", "nsfw_checker", "count(image_urls)"],
  "price_treat_as": {"count(image_urls)": {"0": "1"}},
  "price_per_image": {
    "basic": {
      "false": {
        "1": 0.031324,
        "2": 0.033412,
        "3": 0.0355,
        "4": 0.037588,
        "5": 0.039676,
        "6": 0.041765,
        "7": 0.043853,
        "8": 0.045941,
        "9": 0.048029,
        "10": 0.050118
      },
      "true": {
        "1": 0.033088,
        "2": 0.035294,
        "3": 0.0375,
        "4": 0.039706,
        "5": 0.041912,
        "6": 0.044118,
        "7": 0.046324,
        "8": 0.048529,
        "9": 0.050735,
        "10": 0.052941
      }
    },
    "high": {
      "false": {
        "1": 0.062647,
        "2": 0.064735,
        "3": 0.066824,
        "4": 0.068912,
        "5": 0.071,
        "6": 0.073088,
        "7": 0.075176,
        "8": 0.077265,
        "9": 0.079353,
        "10": 0.081441
      },
      "true": {
        "1": 0.066176,
        "2": 0.068382,
        "3": 0.070588,
        "4": 0.072794,
        "5": 0.075,
        "6": 0.077206,
        "7": 0.079412,
        "8": 0.081618,
        "9": 0.083824,
        "10": 0.086029
      }
    }
  },
  "duration_ms": [110000, 130000]
}

"""#),
        (name: "enhance-video-1.0.json", text: #"""
{
  "id": "enhance-video-1.0",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: doc_page_only contract, confidence L; https://reapi.ai/models/enhance-video-1-0.",
    "Doc page only, confidence L: fields from the skill's example (video_url, resolution, tool_version); (choice) resolution 720p|1080p|2k|4k (the price keys), default 1080p; tool_version standard|professional, default standard; the skill's other names (scene, resolution_limit, fps, client_token, callback_args) have no published type and are refused as unknown fields.",
    "SKU <tool_version>:<resolution>:le30 per second of the source: (choice) the source is taken as at most 30 fps (le30).",
    "(choice) The output follows the source (video_url), whose length the vendor probes server-side: the emulator takes the scenario's source_seconds for that URL, else 10 s.",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "resolution": {
      "type": "string",
      "enum": [
        "720p",
        "1080p",
        "2k",
        "4k"
      ],
      "default": "1080p"
    },
    "tool_version": {
      "type": "string",
      "enum": [
        "standard",
        "professional"
      ],
      "default": "standard"
    },
    "video_url": {
      "type": "string",
      "urls": true,
      "required": true
    }
  },
  "clip": {
    "source_fields": [
      "video_url"
    ],
    "seconds": 10
  },
  "pixels_by": [
    "resolution"
  ],
  "pixels": {
    "720p": [
      1280,
      720
    ],
    "1080p": [
      1920,
      1080
    ],
    "2k": [
      2560,
      1440
    ],
    "4k": [
      3840,
      2160
    ]
  },
  "price_unit": "usd",
  "price_per": "second",
  "price_by": [
    "tool_version",
    "resolution"
  ],
  "price_per_image": {
    "standard": {
      "720p": 0.002055,
      "1080p": 0.004107,
      "2k": 0.008214,
      "4k": 0.016429
    },
    "professional": {
      "720p": 0.020536,
      "1080p": 0.041071,
      "2k": 0.082143,
      "4k": 0.164286
    }
  },
  "duration_by": [
    "resolution"
  ],
  "duration_ms": {
    "720p": [
      60000,
      120000
    ],
    "1080p": [
      90000,
      180000
    ],
    "2k": [
      120000,
      240000
    ],
    "4k": [
      180000,
      360000
    ]
  }
}

"""#),
        (name: "flux-2-flex.json", text: #"""
{
  "id": "flux-2-flex",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "format": "jpeg",
  "url_ttl_seconds": 86400,
  "notes": [
    "Published input schema (reapi.ai/models/flux-2, snapshot of 2026-07-23): field names, types, enums, defaults, limits, reference media and price SKUs.",
    "aspect_ratio \"auto\" requires input_urls (the page's rule, word for word); prompt 3-5000 characters.",
    "(choice) A prompt under 3 characters is 20003 \"prompt must be at least 3 characters\".",
    "Pixels: an integrator's FLUX.2 1K/2K table (BFL publishes none); (choice) auto renders the 1:1 cell of its tier.",
    "One image per request (no n field). URLs: 24 hours (integrator).",
    "(choice) JPEG (BFL's default output format); duration 15-45 s; resolution accepted in any case.",
    "(choice) image_urls is refused with a pointer to input_urls, FLUX.2's reference field."
  ],
  "fields": {
    "prompt": {"type": "prompt", "max_length": 5000, "min_length": 3},
    "aspect_ratio": {
      "type": "string",
      "default": "1:1",
      "enum": ["1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3", "auto"]
    },
    "resolution": {"type": "string", "default": "1K", "enum": ["1K", "2K"], "case_insensitive": true},
    "nsfw_checker": {"type": "boolean", "default": true},
    "input_urls": {
      "type": "string_array",
      "max_items": 8,
      "urls": true,
      "messages": {
        "data_uri": "image URL must be a public http(s) URL — data: URIs are rejected",
        "not_http": "image URL must be a public http(s) URL (got \"{value}\")"
      }
    },
    "image_urls": {
      "type": "forbidden",
      "messages": {"forbidden": "{model} takes reference images in input_urls, not image_urls"}
    }
  },
  "rules": [
    {
      "when": {"aspect_ratio": {"in": ["auto"]}},
      "require": {"input_urls": {"supplied": true}},
      "message": "aspect_ratio \"auto\" requires input_urls (image-to-image only)"
    }
  ],
  "pixels_by": ["resolution", "aspect_ratio"],
  "pixels_treat_as": {"aspect_ratio": {"auto": "1:1"}},
  "pixels": {
    "1K": {
      "1:1": [1440, 1440],
      "4:3": [1664, 1248],
      "3:4": [1248, 1664],
      "16:9": [1920, 1080],
      "9:16": [1080, 1920],
      "3:2": [1728, 1152],
      "2:3": [1152, 1728]
    },
    "2K": {
      "1:1": [1536, 1536],
      "4:3": [1824, 1368],
      "3:4": [1368, 1824],
      "16:9": [2048, 1152],
      "9:16": [1152, 2048],
      "3:2": [1872, 1248],
      "2:3": [1248, 1872]
    }
  },
  "price_unit": "usd",
  "price_by": ["resolution"],
  "price_per_image": {"1K": 0.077, "2K": 0.132},
  "duration_ms": [15000, 45000]
}

"""#),
        (name: "flux-2.json", text: #"""
{
  "id": "flux-2",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "format": "jpeg",
  "url_ttl_seconds": 86400,
  "notes": [
    "Published input schema (reapi.ai/models/flux-2, snapshot of 2026-07-23): field names, types, enums, defaults, limits, reference media and price SKUs.",
    "aspect_ratio \"auto\" requires input_urls (the page's rule, word for word); prompt 3-5000 characters.",
    "(choice) A prompt under 3 characters is 20003 \"prompt must be at least 3 characters\".",
    "Pixels: an integrator's FLUX.2 1K/2K table (BFL publishes none); (choice) auto renders the 1:1 cell of its tier.",
    "One image per request (no n field). URLs: 24 hours (integrator).",
    "(choice) JPEG (BFL's default output format); duration 10-30 s; resolution accepted in any case.",
    "(choice) image_urls is refused with a pointer to input_urls, FLUX.2's reference field."
  ],
  "fields": {
    "prompt": {"type": "prompt", "max_length": 5000, "min_length": 3},
    "aspect_ratio": {
      "type": "string",
      "default": "1:1",
      "enum": ["1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3", "auto"]
    },
    "resolution": {"type": "string", "default": "1K", "enum": ["1K", "2K"], "case_insensitive": true},
    "nsfw_checker": {"type": "boolean", "default": true},
    "input_urls": {
      "type": "string_array",
      "max_items": 8,
      "urls": true,
      "messages": {
        "data_uri": "image URL must be a public http(s) URL — data: URIs are rejected",
        "not_http": "image URL must be a public http(s) URL (got \"{value}\")"
      }
    },
    "image_urls": {
      "type": "forbidden",
      "messages": {"forbidden": "{model} takes reference images in input_urls, not image_urls"}
    }
  },
  "rules": [
    {
      "when": {"aspect_ratio": {"in": ["auto"]}},
      "require": {"input_urls": {"supplied": true}},
      "message": "aspect_ratio \"auto\" requires input_urls (image-to-image only)"
    }
  ],
  "pixels_by": ["resolution", "aspect_ratio"],
  "pixels_treat_as": {"aspect_ratio": {"auto": "1:1"}},
  "pixels": {
    "1K": {
      "1:1": [1440, 1440],
      "4:3": [1664, 1248],
      "3:4": [1248, 1664],
      "16:9": [1920, 1080],
      "9:16": [1080, 1920],
      "3:2": [1728, 1152],
      "2:3": [1152, 1728]
    },
    "2K": {
      "1:1": [1536, 1536],
      "4:3": [1824, 1368],
      "3:4": [1368, 1824],
      "16:9": [2048, 1152],
      "9:16": [1152, 2048],
      "3:2": [1872, 1248],
      "2:3": [1248, 1872]
    }
  },
  "price_unit": "usd",
  "price_by": ["resolution"],
  "price_per_image": {"1K": 0.0275, "2K": 0.0385},
  "duration_ms": [10000, 30000]
}

"""#),
        (name: "gemini-2.5-flash-image-preview-official.json", text: #"""
{
  "id": "gemini-2.5-flash-image-preview-official",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "format": "png",
  "url_ttl_seconds": 86400,
  "image_count_field": "n",
  "notes": [
    "Published input schema (reapi.ai/models/gemini-2-5-flash-image-preview, snapshot of 2026-07-23): field names, types, enums, defaults, limits, reference media and price SKUs.",
    "Pixels: Google's Gemini API image-generation page, per ratio and tier (first-party).",
    "(choice) PNG, 24-hour URLs, duration 5-15 s; resolution accepted in any case."
  ],
  "fields": {
    "prompt": {"type": "prompt", "max_length": 2000},
    "size": {
      "type": "string",
      "default": "1:1",
      "enum": ["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9"]
    },
    "resolution": {"type": "string", "default": "1k", "enum": ["1k"], "case_insensitive": true},
    "n": {"type": "integer", "default": 1, "min": 1, "max": 4},
    "image_urls": {
      "type": "string_array",
      "max_items": 14,
      "urls": true,
      "messages": {
        "data_uri": "image URL must be a public http(s) URL — data: URIs are rejected",
        "not_http": "image URL must be a public http(s) URL (got \"{value}\")"
      }
    }
  },
  "pixels_by": ["resolution", "size"],
  "pixels": {
    "1k": {
      "1:1": [1024, 1024],
      "2:3": [832, 1248],
      "3:2": [1248, 832],
      "3:4": [864, 1184],
      "4:3": [1184, 864],
      "4:5": [896, 1152],
      "5:4": [1152, 896],
      "9:16": [768, 1344],
      "16:9": [1344, 768],
      "21:9": [1536, 672]
    }
  },
  "price_unit": "usd",
  "price_per_image": 0.03588,
  "duration_ms": [5000, 15000]
}

"""#),
        (name: "gemini-2.5-flash-image-preview.json", text: #"""
{
  "id": "gemini-2.5-flash-image-preview",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "format": "png",
  "url_ttl_seconds": 86400,
  "image_count_field": "n",
  "notes": [
    "Published input schema (reapi.ai/models/gemini-2-5-flash-image-preview, snapshot of 2026-07-23): field names, types, enums, defaults, limits, reference media and price SKUs.",
    "Pixels: Google's Gemini API image-generation page, per ratio and tier (first-party).",
    "(choice) PNG, 24-hour URLs, duration 5-15 s; resolution accepted in any case."
  ],
  "fields": {
    "prompt": {"type": "prompt", "max_length": 2000},
    "size": {
      "type": "string",
      "default": "1:1",
      "enum": ["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9"]
    },
    "resolution": {"type": "string", "default": "1k", "enum": ["1k"], "case_insensitive": true},
    "n": {"type": "integer", "default": 1, "min": 1, "max": 4},
    "official_fallback": {"type": "boolean"},
    "image_urls": {
      "type": "string_array",
      "max_items": 14,
      "urls": true,
      "messages": {
        "data_uri": "image URL must be a public http(s) URL — data: URIs are rejected",
        "not_http": "image URL must be a public http(s) URL (got \"{value}\")"
      }
    }
  },
  "pixels_by": ["resolution", "size"],
  "pixels": {
    "1k": {
      "1:1": [1024, 1024],
      "2:3": [832, 1248],
      "3:2": [1248, 832],
      "3:4": [864, 1184],
      "4:3": [1184, 864],
      "4:5": [896, 1152],
      "5:4": [1152, 896],
      "9:16": [768, 1344],
      "16:9": [1344, 768],
      "21:9": [1536, 672]
    }
  },
  "price_unit": "usd",
  "price_per_image": 0.014375,
  "duration_ms": [5000, 15000]
}

"""#),
        (name: "gemini-3-pro-image-preview-official.json", text: #"""
{
  "id": "gemini-3-pro-image-preview-official",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "format": "png",
  "url_ttl_seconds": 86400,
  "image_count_field": "n",
  "notes": [
    "Published input schema (reapi.ai/models/gemini-3-pro-image-preview, snapshot of 2026-07-23): field names, types, enums, defaults, limits, reference media and price SKUs.",
    "Pixels: Google's Gemini API image-generation page, per ratio and tier (first-party).",
    "(choice) PNG, 24-hour URLs, duration 20-60 s; resolution accepted in any case."
  ],
  "fields": {
    "prompt": {"type": "prompt", "max_length": 4000},
    "size": {
      "type": "string",
      "default": "1:1",
      "enum": ["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9"]
    },
    "resolution": {"type": "string", "default": "1k", "enum": ["1k", "2k", "4k"], "case_insensitive": true},
    "n": {"type": "integer", "default": 1, "min": 1, "max": 4},
    "image_urls": {
      "type": "string_array",
      "max_items": 14,
      "urls": true,
      "messages": {
        "data_uri": "image URL must be a public http(s) URL — data: URIs are rejected",
        "not_http": "image URL must be a public http(s) URL (got \"{value}\")"
      }
    }
  },
  "pixels_by": ["resolution", "size"],
  "pixels": {
    "1k": {
      "1:1": [1024, 1024],
      "2:3": [848, 1264],
      "3:2": [1264, 848],
      "3:4": [896, 1200],
      "4:3": [1200, 896],
      "4:5": [928, 1152],
      "5:4": [1152, 928],
      "9:16": [768, 1376],
      "16:9": [1376, 768],
      "21:9": [1584, 672]
    },
    "2k": {
      "1:1": [2048, 2048],
      "2:3": [1696, 2528],
      "3:2": [2528, 1696],
      "3:4": [1792, 2400],
      "4:3": [2400, 1792],
      "4:5": [1856, 2304],
      "5:4": [2304, 1856],
      "9:16": [1536, 2752],
      "16:9": [2752, 1536],
      "21:9": [3168, 1344]
    },
    "4k": {
      "1:1": [4096, 4096],
      "2:3": [3392, 5056],
      "3:2": [5056, 3392],
      "3:4": [3584, 4800],
      "4:3": [4800, 3584],
      "4:5": [3712, 4608],
      "5:4": [4608, 3712],
      "9:16": [3072, 5504],
      "16:9": [5504, 3072],
      "21:9": [6336, 2688]
    }
  },
  "price_unit": "usd",
  "price_by": ["resolution"],
  "price_per_image": {"1k": 0.12328, "2k": 0.12328, "4k": 0.2208},
  "duration_ms": [20000, 60000]
}

"""#),
        (name: "gemini-3-pro-image-preview.json", text: #"""
{
  "id": "gemini-3-pro-image-preview",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "format": "png",
  "url_ttl_seconds": 86400,
  "image_count_field": "n",
  "notes": [
    "Published input schema (reapi.ai/models/gemini-3-pro-image-preview, snapshot of 2026-07-23): field names, types, enums, defaults, limits, reference media and price SKUs.",
    "Pixels: Google's Gemini API image-generation page, per ratio and tier (first-party).",
    "(choice) PNG, 24-hour URLs, duration 20-60 s; resolution accepted in any case."
  ],
  "fields": {
    "prompt": {"type": "prompt", "max_length": 4000},
    "size": {
      "type": "string",
      "default": "1:1",
      "enum": ["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9"]
    },
    "resolution": {"type": "string", "default": "1k", "enum": ["1k", "2k", "4k"], "case_insensitive": true},
    "n": {"type": "integer", "default": 1, "min": 1, "max": 4},
    "official_fallback": {"type": "boolean"},
    "image_urls": {
      "type": "string_array",
      "max_items": 14,
      "urls": true,
      "messages": {
        "data_uri": "image URL must be a public http(s) URL — data: URIs are rejected",
        "not_http": "image URL must be a public http(s) URL (got \"{value}\")"
      }
    }
  },
  "pixels_by": ["resolution", "size"],
  "pixels": {
    "1k": {
      "1:1": [1024, 1024],
      "2:3": [848, 1264],
      "3:2": [1264, 848],
      "3:4": [896, 1200],
      "4:3": [1200, 896],
      "4:5": [928, 1152],
      "5:4": [1152, 928],
      "9:16": [768, 1376],
      "16:9": [1376, 768],
      "21:9": [1584, 672]
    },
    "2k": {
      "1:1": [2048, 2048],
      "2:3": [1696, 2528],
      "3:2": [2528, 1696],
      "3:4": [1792, 2400],
      "4:3": [2400, 1792],
      "4:5": [1856, 2304],
      "5:4": [2304, 1856],
      "9:16": [1536, 2752],
      "16:9": [2752, 1536],
      "21:9": [3168, 1344]
    },
    "4k": {
      "1:1": [4096, 4096],
      "2:3": [3392, 5056],
      "3:2": [5056, 3392],
      "3:4": [3584, 4800],
      "4:3": [4800, 3584],
      "4:5": [3712, 4608],
      "5:4": [4608, 3712],
      "9:16": [3072, 5504],
      "16:9": [5504, 3072],
      "21:9": [6336, 2688]
    }
  },
  "price_unit": "usd",
  "price_by": ["resolution"],
  "price_per_image": {"1k": 0.0414, "2k": 0.0414, "4k": 0.045},
  "duration_ms": [20000, 60000]
}

"""#),
        (name: "gemini-3.1-flash-image-preview-official.json", text: #"""
{
  "id": "gemini-3.1-flash-image-preview-official",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "format": "png",
  "url_ttl_seconds": 86400,
  "image_count_field": "n",
  "notes": [
    "Published input schema (reapi.ai/models/gemini-3-1-flash-image-preview, snapshot of 2026-07-23): field names, types, enums, defaults, limits, reference media and price SKUs.",
    "google_image_search requires google_search: true (the page's rule, word for word).",
    "Pixels: Google's Gemini API image-generation page, per ratio and tier (first-party). The 21:9 cell at 0.5k (792x168) is Google's table verbatim.",
    "(choice) PNG, 24-hour URLs, duration 8-25 s; resolution accepted in any case."
  ],
  "fields": {
    "prompt": {"type": "prompt", "max_length": 4000},
    "size": {
      "type": "string",
      "default": "1:1",
      "enum": [
        "1:1",
        "2:3",
        "3:2",
        "3:4",
        "4:3",
        "4:5",
        "5:4",
        "9:16",
        "16:9",
        "21:9",
        "1:4",
        "4:1",
        "1:8",
        "8:1"
      ]
    },
    "resolution": {
      "type": "string",
      "default": "1k",
      "enum": ["0.5k", "1k", "2k", "4k"],
      "case_insensitive": true
    },
    "n": {"type": "integer", "default": 1, "min": 1, "max": 4},
    "google_search": {"type": "boolean"},
    "google_image_search": {"type": "boolean"},
    "image_urls": {
      "type": "string_array",
      "max_items": 14,
      "urls": true,
      "messages": {
        "data_uri": "image URL must be a public http(s) URL — data: URIs are rejected",
        "not_http": "image URL must be a public http(s) URL (got \"{value}\")"
      }
    }
  },
  "rules": [
    {
      "when": {"google_image_search": {"in": [true]}},
      "require": {"google_search": {"in": [true]}},
      "message": "google_image_search requires google_search:true"
    }
  ],
  "pixels_by": ["resolution", "size"],
  "pixels": {
    "0.5k": {
      "1:1": [512, 512],
      "2:3": [424, 632],
      "3:2": [632, 424],
      "3:4": [448, 600],
      "4:3": [600, 448],
      "4:5": [464, 576],
      "5:4": [576, 464],
      "9:16": [384, 688],
      "16:9": [688, 384],
      "21:9": [792, 168],
      "1:4": [256, 1024],
      "4:1": [1024, 256],
      "1:8": [192, 1536],
      "8:1": [1536, 192]
    },
    "1k": {
      "1:1": [1024, 1024],
      "2:3": [848, 1264],
      "3:2": [1264, 848],
      "3:4": [896, 1200],
      "4:3": [1200, 896],
      "4:5": [928, 1152],
      "5:4": [1152, 928],
      "9:16": [768, 1376],
      "16:9": [1376, 768],
      "21:9": [1584, 672],
      "1:4": [512, 2048],
      "4:1": [2048, 512],
      "1:8": [384, 3072],
      "8:1": [3072, 384]
    },
    "2k": {
      "1:1": [2048, 2048],
      "2:3": [1696, 2528],
      "3:2": [2528, 1696],
      "3:4": [1792, 2400],
      "4:3": [2400, 1792],
      "4:5": [1856, 2304],
      "5:4": [2304, 1856],
      "9:16": [1536, 2752],
      "16:9": [2752, 1536],
      "21:9": [3168, 1344],
      "1:4": [1024, 4096],
      "4:1": [4096, 1024],
      "1:8": [768, 6144],
      "8:1": [6144, 768]
    },
    "4k": {
      "1:1": [4096, 4096],
      "2:3": [3392, 5056],
      "3:2": [5056, 3392],
      "3:4": [3584, 4800],
      "4:3": [4800, 3584],
      "4:5": [3712, 4608],
      "5:4": [4608, 3712],
      "9:16": [3072, 5504],
      "16:9": [5504, 3072],
      "21:9": [6336, 2688],
      "1:4": [2048, 8192],
      "4:1": [8192, 2048],
      "1:8": [1536, 12288],
      "8:1": [12288, 1536]
    }
  },
  "price_unit": "usd",
  "price_by": ["resolution"],
  "price_per_image": {"0.5k": 0.05896, "1k": 0.05896, "2k": 0.08888, "4k": 0.13288},
  "duration_ms": [8000, 25000]
}

"""#),
        (name: "gemini-3.1-flash-image-preview.json", text: #"""
{
  "id": "gemini-3.1-flash-image-preview",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "format": "png",
  "url_ttl_seconds": 86400,
  "image_count_field": "n",
  "notes": [
    "Published input schema (reapi.ai/models/gemini-3-1-flash-image-preview, snapshot of 2026-07-23): field names, types, enums, defaults, limits, reference media and price SKUs.",
    "google_image_search requires google_search: true (the page's rule, word for word).",
    "Pixels: Google's Gemini API image-generation page, per ratio and tier (first-party). The 21:9 cell at 0.5k (792x168) is Google's table verbatim.",
    "(choice) PNG, 24-hour URLs, duration 8-25 s; resolution accepted in any case."
  ],
  "fields": {
    "prompt": {"type": "prompt", "max_length": 4000},
    "size": {
      "type": "string",
      "default": "1:1",
      "enum": [
        "1:1",
        "2:3",
        "3:2",
        "3:4",
        "4:3",
        "4:5",
        "5:4",
        "9:16",
        "16:9",
        "21:9",
        "1:4",
        "4:1",
        "1:8",
        "8:1"
      ]
    },
    "resolution": {
      "type": "string",
      "default": "1k",
      "enum": ["0.5k", "1k", "2k", "4k"],
      "case_insensitive": true
    },
    "n": {"type": "integer", "default": 1, "min": 1, "max": 4},
    "google_search": {"type": "boolean"},
    "google_image_search": {"type": "boolean"},
    "official_fallback": {"type": "boolean"},
    "image_urls": {
      "type": "string_array",
      "max_items": 14,
      "urls": true,
      "messages": {
        "data_uri": "image URL must be a public http(s) URL — data: URIs are rejected",
        "not_http": "image URL must be a public http(s) URL (got \"{value}\")"
      }
    }
  },
  "rules": [
    {
      "when": {"google_image_search": {"in": [true]}},
      "require": {"google_search": {"in": [true]}},
      "message": "google_image_search requires google_search:true"
    }
  ],
  "pixels_by": ["resolution", "size"],
  "pixels": {
    "0.5k": {
      "1:1": [512, 512],
      "2:3": [424, 632],
      "3:2": [632, 424],
      "3:4": [448, 600],
      "4:3": [600, 448],
      "4:5": [464, 576],
      "5:4": [576, 464],
      "9:16": [384, 688],
      "16:9": [688, 384],
      "21:9": [792, 168],
      "1:4": [256, 1024],
      "4:1": [1024, 256],
      "1:8": [192, 1536],
      "8:1": [1536, 192]
    },
    "1k": {
      "1:1": [1024, 1024],
      "2:3": [848, 1264],
      "3:2": [1264, 848],
      "3:4": [896, 1200],
      "4:3": [1200, 896],
      "4:5": [928, 1152],
      "5:4": [1152, 928],
      "9:16": [768, 1376],
      "16:9": [1376, 768],
      "21:9": [1584, 672],
      "1:4": [512, 2048],
      "4:1": [2048, 512],
      "1:8": [384, 3072],
      "8:1": [3072, 384]
    },
    "2k": {
      "1:1": [2048, 2048],
      "2:3": [1696, 2528],
      "3:2": [2528, 1696],
      "3:4": [1792, 2400],
      "4:3": [2400, 1792],
      "4:5": [1856, 2304],
      "5:4": [2304, 1856],
      "9:16": [1536, 2752],
      "16:9": [2752, 1536],
      "21:9": [3168, 1344],
      "1:4": [1024, 4096],
      "4:1": [4096, 1024],
      "1:8": [768, 6144],
      "8:1": [6144, 768]
    },
    "4k": {
      "1:1": [4096, 4096],
      "2:3": [3392, 5056],
      "3:2": [5056, 3392],
      "3:4": [3584, 4800],
      "4:3": [4800, 3584],
      "4:5": [3712, 4608],
      "5:4": [4608, 3712],
      "9:16": [3072, 5504],
      "16:9": [5504, 3072],
      "21:9": [6336, 2688],
      "1:4": [2048, 8192],
      "4:1": [8192, 2048],
      "1:8": [1536, 12288],
      "8:1": [12288, 1536]
    }
  },
  "price_unit": "usd",
  "price_by": ["resolution"],
  "price_per_image": {"0.5k": 0.0315, "1k": 0.0315, "2k": 0.0477, "4k": 0.0711},
  "duration_ms": [8000, 25000]
}

"""#),
        (name: "gemini-omni-beta.json", text: #"""
{
  "id": "gemini-omni-beta",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published_contract contract, confidence H; https://reapi.ai/models/gemini-omni.",
    "(choice) resolution has no published default: 720p.",
    "(choice) aspect_ratio has no published default: 16:9.",
    "(choice) duration has no published default: 4 s.",
    "SKU gen:<resolution>:<duration> per generation.",
    "(choice) The ref:<resolution> SKUs (reference-to-video, billed against the source clip) are not used: the emulator bills every request by its gen SKU at the default or requested duration.",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "max_length": 20000,
      "min_length": 1,
      "required": true
    },
    "duration": {
      "type": "integer",
      "enum": [
        "4",
        "6",
        "8",
        "10"
      ],
      "default": 4
    },
    "resolution": {
      "type": "string",
      "enum": [
        "720p",
        "1080p",
        "4k"
      ],
      "default": "720p"
    },
    "aspect_ratio": {
      "type": "string",
      "enum": [
        "16:9",
        "9:16"
      ],
      "default": "16:9"
    },
    "image_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 7,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    },
    "video_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 1
    }
  },
  "clip": {
    "seconds_field": "duration",
    "seconds": 4
  },
  "pixels_by": [
    "resolution",
    "aspect_ratio"
  ],
  "pixels": {
    "720p": {
      "16:9": [
        1280,
        720
      ],
      "9:16": [
        720,
        1280
      ]
    },
    "1080p": {
      "16:9": [
        1920,
        1080
      ],
      "9:16": [
        1080,
        1920
      ]
    },
    "4k": {
      "16:9": [
        3840,
        2160
      ],
      "9:16": [
        2160,
        3840
      ]
    }
  },
  "price_unit": "usd",
  "price_by": [
    "resolution",
    "duration"
  ],
  "price_per_image": {
    "720p": {
      "4": 0.495,
      "6": 0.66,
      "8": 0.825,
      "10": 0.99
    },
    "1080p": {
      "4": 0.495,
      "6": 0.66,
      "8": 0.825,
      "10": 0.99
    },
    "4k": {
      "4": 1.155,
      "6": 1.32,
      "8": 1.485,
      "10": 1.65
    }
  },
  "duration_by": [
    "resolution"
  ],
  "duration_ms": {
    "720p": [
      60000,
      120000
    ],
    "1080p": [
      90000,
      180000
    ],
    "4k": [
      180000,
      360000
    ]
  }
}

"""#),
        (name: "gemini-omni.json", text: #"""
{
  "id": "gemini-omni",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published_contract contract, confidence H; https://reapi.ai/docs/gemini-omni; https://reapi.ai/models/gemini-omni.",
    "(choice) size has no published default: 16:9.",
    "SKU gen:<resolution>:<duration> per generation.",
    "(choice) The ref:<resolution> SKUs (reference-to-video, billed against the source clip) are not used: the emulator bills every request by its gen SKU at the default or requested duration.",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "required": true,
      "messages": {
        "required": "prompt is required",
        "too_long": "prompt exceeds 2000 characters"
      },
      "max_length": 2000
    },
    "duration": {
      "type": "integer",
      "enum": [
        "4",
        "6",
        "8",
        "10"
      ],
      "default": 6
    },
    "resolution": {
      "type": "string",
      "enum": [
        "720p",
        "1080p",
        "4k"
      ],
      "default": "720p"
    },
    "aspect_ratio": {
      "type": "string",
      "enum": [
        "16:9",
        "9:16"
      ],
      "default": "16:9"
    },
    "size": {
      "type": "string",
      "enum": [
        "16:9",
        "9:16"
      ],
      "default": "16:9"
    },
    "image_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 3,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    },
    "video_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 1
    }
  },
  "rules": [
    {
      "when": {
        "image_urls": {
          "min": 2,
          "max": 2
        }
      },
      "require": {
        "image_urls": {
          "supplied": false
        }
      },
      "message": "image_urls cardinality 2 is not supported (use 0 for text-to-video, 1 for image-to-video, or 3 for three-image fusion)"
    },
    {
      "when": {
        "aspect_ratio": {
          "in": [
            "16:9"
          ],
          "supplied": true
        },
        "size": {
          "supplied": true
        }
      },
      "require": {
        "size": {
          "in": [
            "16:9"
          ]
        }
      },
      "message": "aspect_ratio and size disagree; pass one or set them to the same value"
    },
    {
      "when": {
        "aspect_ratio": {
          "in": [
            "9:16"
          ],
          "supplied": true
        },
        "size": {
          "supplied": true
        }
      },
      "require": {
        "size": {
          "in": [
            "9:16"
          ]
        }
      },
      "message": "aspect_ratio and size disagree; pass one or set them to the same value"
    },
    {
      "when": {
        "video_urls": {
          "supplied": true
        }
      },
      "require": {
        "duration": {
          "supplied": false
        }
      },
      "message": "duration and video_urls cannot both be set — reference-to-video mode bills against the source clip duration"
    }
  ],
  "clip": {
    "seconds_field": "duration",
    "seconds": 6
  },
  "pixels_by": [
    "resolution",
    "size"
  ],
  "pixels": {
    "720p": {
      "16:9": [
        1280,
        720
      ],
      "9:16": [
        720,
        1280
      ]
    },
    "1080p": {
      "16:9": [
        1920,
        1080
      ],
      "9:16": [
        1080,
        1920
      ]
    },
    "4k": {
      "16:9": [
        3840,
        2160
      ],
      "9:16": [
        2160,
        3840
      ]
    }
  },
  "price_unit": "usd",
  "price_by": [
    "resolution",
    "duration"
  ],
  "price_per_image": {
    "720p": {
      "4": 0.495,
      "6": 0.66,
      "8": 0.825,
      "10": 0.99
    },
    "1080p": {
      "4": 0.495,
      "6": 0.66,
      "8": 0.825,
      "10": 0.99
    },
    "4k": {
      "4": 1.155,
      "6": 1.32,
      "8": 1.485,
      "10": 1.65
    }
  },
  "duration_by": [
    "resolution"
  ],
  "duration_ms": {
    "720p": [
      60000,
      120000
    ],
    "1080p": [
      90000,
      180000
    ],
    "4k": [
      180000,
      360000
    ]
  }
}

"""#),
        (name: "gpt-image-2-beta.json", text: #"""
{
  "id": "gpt-image-2-beta",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "format": "png",
  "url_ttl_seconds": 604800,
  "notes": [
    "Published input schema (reapi.ai/models/gpt-image-2, snapshot of 2026-07-23): field names, types, enums, defaults, limits, reference media and price SKUs. The beta channel publishes no defaults and no n.",
    "4K requires an explicit size in {16:9, 9:16, 2:1, 1:2, 21:9, 9:21} (the page's rule, word for word); messages follow gpt-image-2's.",
    "(choice) Defaults size 1:1 (auto with image_urls) and resolution 1k, as gpt-image-2; PNG, 7-day URLs and gpt-image-2's pixel grid.",
    "(choice) Durations as gpt-image-2: 1k 30-60 s, 2k 60-120 s, 4k 120-180 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "max_length": 4000,
      "messages": {"required": "prompt is required", "too_long": "prompt must be at most {max} characters"}
    },
    "size": {
      "type": "string",
      "default": "1:1",
      "default_when_supplied": {"image_urls": "auto"},
      "enum": [
        "1:1",
        "16:9",
        "9:16",
        "4:3",
        "3:4",
        "3:2",
        "2:3",
        "5:4",
        "4:5",
        "2:1",
        "1:2",
        "21:9",
        "9:21",
        "auto"
      ],
      "messages": {"invalid": "invalid size \"{value}\" (allowed: {allowed})"}
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
      "messages": {"invalid": "invalid resolution \"{value}\" (allowed: {allowed})"}
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
    }
  },
  "pixels_by": ["resolution", "size"],
  "pixels_treat_as": {"size": {"auto": "1:1"}},
  "pixels": {
    "1k": {
      "1:1": [1024, 1024],
      "3:2": [1536, 1024],
      "2:3": [1024, 1536],
      "4:3": [1024, 768],
      "3:4": [768, 1024],
      "5:4": [1280, 1024],
      "4:5": [1024, 1280],
      "16:9": [1536, 864],
      "9:16": [864, 1536],
      "2:1": [2048, 1024],
      "1:2": [1024, 2048],
      "21:9": [2016, 864],
      "9:21": [864, 2016]
    },
    "2k": {
      "1:1": [2048, 2048],
      "3:2": [2048, 1360],
      "2:3": [1360, 2048],
      "4:3": [2048, 1536],
      "3:4": [1536, 2048],
      "5:4": [2560, 2048],
      "4:5": [2048, 2560],
      "16:9": [2048, 1152],
      "9:16": [1152, 2048],
      "2:1": [2688, 1344],
      "1:2": [1344, 2688],
      "21:9": [2688, 1152],
      "9:21": [1152, 2688]
    },
    "4k": {
      "16:9": [3840, 2160],
      "9:16": [2160, 3840],
      "2:1": [3840, 1920],
      "1:2": [1920, 3840],
      "21:9": [3840, 1648],
      "9:21": [1648, 3840]
    }
  },
  "price_unit": "usd",
  "price_by": ["resolution"],
  "price_per_image": {"1k": 0.03, "2k": 0.05, "4k": 0.08},
  "duration_by": ["resolution"],
  "duration_ms": {"1k": [30000, 60000], "2k": [60000, 120000], "4k": [120000, 180000]}
}

"""#),
        (name: "gpt-image-2-official.json", text: #"""
{
  "id": "gpt-image-2-official",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "format": "png",
  "url_ttl_seconds": 604800,
  "poll_cadence": {
    "first_poll_ms": 30000,
    "phases": [{"from_ms": 0, "every_ms": 3000}, {"from_ms": 180000, "every_ms": 10000}],
    "documented": "first poll after ~30 s, every 3–5 s until 3 min, then every 10 s"
  },
  "image_count_field": "n",
  "notes": [
    "Seed 002 is the contract. Fields are listed in the validation table's order of precedence; messages are the table's, word for word.",
    "The page's validation table answers an unknown size or quality with 20003, so those fields' refusal is invalid_value (elsewhere the catalogue's 20005 / 20006).",
    "(choice) auto size renders the 1:1 cell of its resolution (1024x1024 at 1k, 2048x2048 at 2k).",
    "(choice) With image_urls and no size, size resolves to auto (the seed: the upstream mirrors the first reference image; the gateway omits the field), so it renders 1:1 and bills at the most expensive ratio, and 4k without size is refused.",
    "(choice) WxH strings (1..8192 each side) snap to the closest cell of the whole size x resolution grid, ratio and tier together (3840x2160 is 16:9@4k, 2048x2048 is 1:1@2k); the cell decides resolution too and is what is billed.",
    "Prices: USD per image, the published 96-SKU grid gpt-image-2-official:<size>@<resolution>_<quality> (reapi.ai/models/gpt-image-2, snapshot of 2026-07-23); there is no auto SKU and no 4k SKU for non-widescreen sizes.",
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
      "refusal": "invalid_value",
      "default": "1:1",
      "default_when_supplied": {"image_urls": "auto"},
      "enum": ["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "5:4", "4:5", "2:1", "1:2", "21:9", "9:21", "auto"],
      "pixel_sizes": {"max_side": 8192, "snap_with": ["resolution"]},
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
      "refusal": "invalid_value",
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
        "21:9": 0.00792, "9:21": 0.00792
      },
      "medium": {
        "1:1": 0.0424,
        "3:2": 0.0632, "2:3": 0.0632,
        "4:3": 0.032, "3:4": 0.032,
        "5:4": 0.0528, "4:5": 0.0528,
        "16:9": 0.0536, "9:16": 0.0536,
        "2:1": 0.0848, "1:2": 0.0848,
        "21:9": 0.0704, "9:21": 0.0704
      },
      "high": {
        "1:1": 0.1688,
        "3:2": 0.252, "2:3": 0.252,
        "4:3": 0.1272, "3:4": 0.1272,
        "5:4": 0.2104, "4:5": 0.2104,
        "16:9": 0.2136, "9:16": 0.2136,
        "2:1": 0.3376, "1:2": 0.3376,
        "21:9": 0.28, "9:21": 0.28
      }
    },
    "2k": {
      "low": {
        "1:1": 0.01912,
        "3:2": 0.01272, "2:3": 0.01272,
        "4:3": 0.0144, "3:4": 0.0144,
        "5:4": 0.02392, "4:5": 0.02392,
        "16:9": 0.0108, "9:16": 0.0108,
        "2:1": 0.01648, "1:2": 0.01648,
        "21:9": 0.01416, "9:21": 0.01416
      },
      "medium": {
        "1:1": 0.1688,
        "3:2": 0.112, "2:3": 0.112,
        "4:3": 0.1272, "3:4": 0.1272,
        "5:4": 0.2112, "4:5": 0.2112,
        "16:9": 0.0952, "9:16": 0.0952,
        "2:1": 0.1456, "1:2": 0.1456,
        "21:9": 0.1248, "9:21": 0.1248
      },
      "high": {
        "1:1": 0.6736,
        "3:2": 0.4472, "2:3": 0.4472,
        "4:3": 0.5064, "3:4": 0.5064,
        "5:4": 0.8424, "4:5": 0.8424,
        "16:9": 0.3792, "9:16": 0.3792,
        "2:1": 0.58, "1:2": 0.58,
        "21:9": 0.4984, "9:21": 0.4984
      }
    },
    "4k": {
      "low": {
        "16:9": 0.03792, "9:16": 0.03792,
        "2:1": 0.03368, "1:2": 0.03368,
        "21:9": 0.02896, "9:21": 0.02896
      },
      "medium": {
        "16:9": 0.3344, "9:16": 0.3344,
        "2:1": 0.2976, "1:2": 0.2976,
        "21:9": 0.256, "9:21": 0.256
      },
      "high": {
        "16:9": 1.3328, "9:16": 1.3328,
        "2:1": 1.1848, "1:2": 1.1848,
        "21:9": 1.0176, "9:21": 1.0176
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
    "(choice) WxH pixel strings are not accepted: the gpt-image-2-official docs page says the official channel 'additionally' accepts them.",
    "(choice) n other than 1, and a supplied quality, mask_url, background or moderation (non-null, non-empty), are 20003.",
    "(choice) 7-day URLs and the official channel's pixel grid, auto rendering the 1:1 cell; image_urls without size resolves to auto, as on the official channel.",
    "Prices: USD per image, the published SKUs gpt-image-2:1k 0.03, 2k 0.05, 4k 0.08 (reapi.ai/models/gpt-image-2, snapshot of 2026-07-23): 30, 50 and 80 credits.",
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
  "price_unit": "usd",
  "price_by": ["resolution"],
  "price_per_image": {"1k": 0.03, "2k": 0.05, "4k": 0.08},
  "duration_by": ["resolution"],
  "duration_ms": {"1k": [30000, 60000], "2k": [60000, 120000], "4k": [120000, 180000]}
}

"""#),
        (name: "grok-imagine-1.0-video.json", text: #"""
{
  "id": "grok-imagine-1.0-video",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published_contract contract, confidence H; https://reapi.ai/docs/grok-imagine-1-0-video; https://reapi.ai/models/grok-imagine-1-0-video.",
    "SKU flat per second.",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "max_length": 4000,
      "required": false
    },
    "size": {
      "type": "string",
      "enum": [
        "16:9",
        "9:16",
        "1:1",
        "3:2",
        "2:3"
      ],
      "default": "16:9"
    },
    "duration": {
      "type": "integer",
      "enum": [
        "6",
        "7",
        "8",
        "9",
        "10",
        "11",
        "12",
        "13",
        "14",
        "15",
        "16",
        "17",
        "18",
        "19",
        "20",
        "21",
        "22",
        "23",
        "24",
        "25",
        "26",
        "27",
        "28",
        "29",
        "30"
      ],
      "default": 6
    },
    "quality": {
      "type": "string",
      "enum": [
        "480p",
        "720p"
      ],
      "default": "480p"
    },
    "image_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 7,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    }
  },
  "rules": [
    {
      "when": {
        "image_urls": {
          "supplied": false
        }
      },
      "require": {
        "prompt": {
          "supplied": true
        }
      },
      "message": "prompt is required when image_urls is empty (text-to-video mode)",
      "code": "required"
    }
  ],
  "clip": {
    "seconds_field": "duration",
    "seconds": 6
  },
  "pixels_by": [
    "quality",
    "size"
  ],
  "pixels": {
    "480p": {
      "16:9": [
        854,
        480
      ],
      "9:16": [
        480,
        854
      ],
      "1:1": [
        480,
        480
      ],
      "3:2": [
        720,
        480
      ],
      "2:3": [
        480,
        720
      ]
    },
    "720p": {
      "16:9": [
        1280,
        720
      ],
      "9:16": [
        720,
        1280
      ],
      "1:1": [
        720,
        720
      ],
      "3:2": [
        1080,
        720
      ],
      "2:3": [
        720,
        1080
      ]
    }
  },
  "price_unit": "usd",
  "price_per": "second",
  "price_by": [],
  "price_per_image": 0.00875,
  "duration_by": [
    "quality"
  ],
  "duration_ms": {
    "480p": [
      40000,
      80000
    ],
    "720p": [
      60000,
      120000
    ]
  }
}

"""#),
        (name: "grok-imagine-video-1.5-beta.json", text: #"""
{
  "id": "grok-imagine-video-1.5-beta",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published_contract contract, confidence H; https://reapi.ai/docs/grok-imagine-video-1-5; https://reapi.ai/models/grok-imagine-video-1-5.",
    "SKU <resolution> per second.",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "max_length": 4096,
      "required": false
    },
    "aspect_ratio": {
      "type": "string",
      "enum": [
        "auto",
        "1:1",
        "16:9",
        "9:16",
        "4:3",
        "3:4",
        "3:2",
        "2:3"
      ],
      "default": "auto"
    },
    "resolution": {
      "type": "string",
      "enum": [
        "480p",
        "720p"
      ],
      "default": "480p"
    },
    "duration": {
      "type": "integer",
      "enum": [
        "1",
        "2",
        "3",
        "4",
        "5",
        "6",
        "7",
        "8",
        "9",
        "10",
        "11",
        "12",
        "13",
        "14",
        "15"
      ],
      "default": 8
    },
    "nsfw_checker": {
      "type": "boolean",
      "default": true
    },
    "image_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 1,
      "min_items": 1,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    }
  },
  "clip": {
    "seconds_field": "duration",
    "seconds": 8
  },
  "pixels_by": [
    "resolution",
    "aspect_ratio"
  ],
  "pixels": {
    "480p": {
      "auto": [
        854,
        480
      ],
      "1:1": [
        480,
        480
      ],
      "16:9": [
        854,
        480
      ],
      "9:16": [
        480,
        854
      ],
      "4:3": [
        640,
        480
      ],
      "3:4": [
        480,
        640
      ],
      "3:2": [
        720,
        480
      ],
      "2:3": [
        480,
        720
      ]
    },
    "720p": {
      "auto": [
        1280,
        720
      ],
      "1:1": [
        720,
        720
      ],
      "16:9": [
        1280,
        720
      ],
      "9:16": [
        720,
        1280
      ],
      "4:3": [
        960,
        720
      ],
      "3:4": [
        720,
        960
      ],
      "3:2": [
        1080,
        720
      ],
      "2:3": [
        720,
        1080
      ]
    }
  },
  "price_unit": "usd",
  "price_per": "second",
  "price_by": [
    "resolution"
  ],
  "price_per_image": {
    "480p": 0.083375,
    "720p": 0.14375
  },
  "duration_by": [
    "resolution"
  ],
  "duration_ms": {
    "480p": [
      40000,
      80000
    ],
    "720p": [
      60000,
      120000
    ]
  }
}

"""#),
        (name: "grok-imagine-video-1.5-official.json", text: #"""
{
  "id": "grok-imagine-video-1.5-official",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published_contract contract, confidence H; https://reapi.ai/docs/grok-imagine-video-1-5-official; https://reapi.ai/models/grok-imagine-video-1-5.",
    "SKU <resolution> per second.",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "max_length": 4000,
      "min_length": 1,
      "required": true
    },
    "aspect_ratio": {
      "type": "string",
      "enum": [
        "1:1",
        "16:9",
        "9:16"
      ],
      "default": "16:9"
    },
    "resolution": {
      "type": "string",
      "enum": [
        "480p",
        "720p"
      ],
      "default": "480p"
    },
    "duration": {
      "type": "integer",
      "enum": [
        "6",
        "7",
        "8",
        "9",
        "10",
        "11",
        "12",
        "13",
        "14",
        "15"
      ],
      "default": 8
    },
    "audio": {
      "type": "boolean",
      "default": true
    },
    "fallback": {
      "type": "object",
      "fields": {
        "enabled": {
          "type": "boolean",
          "default": true
        }
      }
    },
    "image_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 1,
      "min_items": 1,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    }
  },
  "clip": {
    "seconds_field": "duration",
    "seconds": 8,
    "audio_fields": [
      "audio"
    ]
  },
  "pixels_by": [
    "resolution",
    "aspect_ratio"
  ],
  "pixels": {
    "480p": {
      "1:1": [
        480,
        480
      ],
      "16:9": [
        854,
        480
      ],
      "9:16": [
        480,
        854
      ]
    },
    "720p": {
      "1:1": [
        720,
        720
      ],
      "16:9": [
        1280,
        720
      ],
      "9:16": [
        720,
        1280
      ]
    }
  },
  "price_unit": "usd",
  "price_per": "second",
  "price_by": [
    "resolution"
  ],
  "price_per_image": {
    "480p": 0.02,
    "720p": 0.04
  },
  "duration_by": [
    "resolution"
  ],
  "duration_ms": {
    "480p": [
      40000,
      80000
    ],
    "720p": [
      60000,
      120000
    ]
  }
}

"""#),
        (name: "happyhorse-1-1.json", text: #"""
{
  "id": "happyhorse-1-1",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published_contract contract, confidence H; https://reapi.ai/docs/happyhorse-1-1; https://reapi.ai/models/happyhorse-1-1.",
    "SKU <resolution> per second.",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "min_length": 1,
      "required": false
    },
    "resolution": {
      "type": "string",
      "enum": [
        "720p",
        "1080p"
      ],
      "default": "720p"
    },
    "aspect_ratio": {
      "type": "string",
      "enum": [
        "16:9",
        "9:16",
        "3:4",
        "4:3",
        "4:5",
        "5:4",
        "1:1",
        "9:21",
        "21:9"
      ],
      "default": "16:9"
    },
    "duration": {
      "type": "integer",
      "enum": [
        "3",
        "4",
        "5",
        "6",
        "7",
        "8",
        "9",
        "10",
        "11",
        "12",
        "13",
        "14",
        "15"
      ],
      "default": 5
    },
    "image_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 1,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    },
    "reference_image_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 9
    }
  },
  "rules": [
    {
      "when": {
        "image_urls": {
          "supplied": true
        }
      },
      "require": {
        "reference_image_urls": {
          "supplied": false
        }
      },
      "message": "image_urls (image-to-video) and reference_image_urls (reference-to-video) cannot be combined"
    },
    {
      "when": {
        "image_urls": {
          "supplied": false
        }
      },
      "require": {
        "prompt": {
          "supplied": true
        }
      },
      "message": "prompt is required in text-to-video and reference-to-video modes",
      "code": "required"
    },
    {
      "when": {
        "image_urls": {
          "supplied": true
        }
      },
      "require": {
        "aspect_ratio": {
          "supplied": false
        }
      },
      "message": "aspect_ratio is not supported in image-to-video mode (orientation derives from the source image)"
    }
  ],
  "clip": {
    "seconds_field": "duration",
    "seconds": 5
  },
  "pixels_by": [
    "resolution",
    "aspect_ratio"
  ],
  "pixels": {
    "720p": {
      "16:9": [
        1280,
        720
      ],
      "9:16": [
        720,
        1280
      ],
      "3:4": [
        720,
        960
      ],
      "4:3": [
        960,
        720
      ],
      "4:5": [
        720,
        900
      ],
      "5:4": [
        900,
        720
      ],
      "1:1": [
        720,
        720
      ],
      "9:21": [
        720,
        1680
      ],
      "21:9": [
        1680,
        720
      ]
    },
    "1080p": {
      "16:9": [
        1920,
        1080
      ],
      "9:16": [
        1080,
        1920
      ],
      "3:4": [
        1080,
        1440
      ],
      "4:3": [
        1440,
        1080
      ],
      "4:5": [
        1080,
        1350
      ],
      "5:4": [
        1350,
        1080
      ],
      "1:1": [
        1080,
        1080
      ],
      "9:21": [
        1080,
        2520
      ],
      "21:9": [
        2520,
        1080
      ]
    }
  },
  "price_unit": "usd",
  "price_per": "second",
  "price_by": [
    "resolution"
  ],
  "price_per_image": {
    "720p": 0.1815,
    "1080p": 0.242
  },
  "duration_by": [
    "resolution"
  ],
  "duration_ms": {
    "720p": [
      60000,
      120000
    ],
    "1080p": [
      90000,
      180000
    ]
  }
}

"""#),
        (name: "happyhorse-1.0-official.json", text: #"""
{
  "id": "happyhorse-1.0-official",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published_contract contract, confidence H; https://reapi.ai/docs/happyhorse-1-0-official; https://reapi.ai/models/happyhorse-1-0.",
    "SKU <resolution> per second.",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "min_length": 1,
      "required": false
    },
    "audio_setting": {
      "type": "string",
      "enum": [
        "auto",
        "origin"
      ],
      "default": "auto"
    },
    "resolution": {
      "type": "string",
      "enum": [
        "720P",
        "1080P"
      ],
      "default": "1080P"
    },
    "size": {
      "type": "string",
      "enum": [
        "16:9",
        "9:16",
        "1:1",
        "4:3",
        "3:4",
        "4:5",
        "5:4"
      ],
      "default": "16:9"
    },
    "duration": {
      "type": "integer",
      "enum": [
        "3",
        "4",
        "5",
        "6",
        "7",
        "8",
        "9",
        "10",
        "11",
        "12",
        "13",
        "14",
        "15"
      ],
      "default": 5
    },
    "watermark": {
      "type": "boolean",
      "default": false
    },
    "seed": {
      "type": "integer",
      "min": 0,
      "max": 2147483647
    },
    "first_frame_image": {
      "type": "string",
      "urls": true
    },
    "image_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 9,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    },
    "video_url": {
      "type": "string",
      "urls": true
    }
  },
  "seed_field": "seed",
  "clip": {
    "seconds_field": "duration",
    "seconds": 5,
    "audio_fields": [
      "audio_setting"
    ]
  },
  "pixels_by": [
    "resolution",
    "size"
  ],
  "pixels": {
    "720P": {
      "16:9": [
        1280,
        720
      ],
      "9:16": [
        720,
        1280
      ],
      "1:1": [
        720,
        720
      ],
      "4:3": [
        960,
        720
      ],
      "3:4": [
        720,
        960
      ],
      "4:5": [
        720,
        900
      ],
      "5:4": [
        900,
        720
      ]
    },
    "1080P": {
      "16:9": [
        1920,
        1080
      ],
      "9:16": [
        1080,
        1920
      ],
      "1:1": [
        1080,
        1080
      ],
      "4:3": [
        1440,
        1080
      ],
      "3:4": [
        1080,
        1440
      ],
      "4:5": [
        1080,
        1350
      ],
      "5:4": [
        1350,
        1080
      ]
    }
  },
  "price_unit": "usd",
  "price_per": "second",
  "price_by": [
    "resolution"
  ],
  "price_per_image": {
    "720P": 0.14625,
    "1080P": 0.25875
  },
  "duration_by": [
    "resolution"
  ],
  "duration_ms": {
    "720P": [
      60000,
      120000
    ],
    "1080P": [
      90000,
      180000
    ]
  }
}

"""#),
        (name: "happyhorse-1.0.json", text: #"""
{
  "id": "happyhorse-1.0",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published_contract contract, confidence H; https://reapi.ai/models/happyhorse-1-0.",
    "SKU <resolution> per second.",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "min_length": 1,
      "required": false
    },
    "audio_setting": {
      "type": "string",
      "enum": [
        "auto",
        "origin"
      ],
      "default": "auto"
    },
    "resolution": {
      "type": "string",
      "enum": [
        "720P",
        "1080P"
      ],
      "default": "1080P"
    },
    "size": {
      "type": "string",
      "enum": [
        "16:9",
        "9:16",
        "1:1",
        "4:3",
        "3:4"
      ],
      "default": "16:9"
    },
    "duration": {
      "type": "integer",
      "enum": [
        "3",
        "4",
        "5",
        "6",
        "7",
        "8",
        "9",
        "10",
        "11",
        "12",
        "13",
        "14",
        "15"
      ],
      "default": 5
    },
    "watermark": {
      "type": "boolean",
      "default": false
    },
    "seed": {
      "type": "integer",
      "min": 0,
      "max": 2147483647
    },
    "first_frame_image": {
      "type": "string",
      "urls": true
    },
    "image_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 9,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    },
    "video_url": {
      "type": "string",
      "urls": true
    }
  },
  "seed_field": "seed",
  "clip": {
    "seconds_field": "duration",
    "seconds": 5,
    "audio_fields": [
      "audio_setting"
    ]
  },
  "pixels_by": [
    "resolution",
    "size"
  ],
  "pixels": {
    "720P": {
      "16:9": [
        1280,
        720
      ],
      "9:16": [
        720,
        1280
      ],
      "1:1": [
        720,
        720
      ],
      "4:3": [
        960,
        720
      ],
      "3:4": [
        720,
        960
      ]
    },
    "1080P": {
      "16:9": [
        1920,
        1080
      ],
      "9:16": [
        1080,
        1920
      ],
      "1:1": [
        1080,
        1080
      ],
      "4:3": [
        1440,
        1080
      ],
      "3:4": [
        1080,
        1440
      ]
    }
  },
  "price_unit": "usd",
  "price_per": "second",
  "price_by": [
    "resolution"
  ],
  "price_per_image": {
    "720P": 0.1625,
    "1080P": 0.2875
  },
  "duration_by": [
    "resolution"
  ],
  "duration_ms": {
    "720P": [
      60000,
      120000
    ],
    "1080P": [
      90000,
      180000
    ]
  }
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
    "Fields are listed in the order of the imagen-4-0 docs page's error list: prompt, size, n, reference media.",
    "(choice) Reference fields refused: image_urls, image_url, image, mask, mask_url (non-null, non-empty).",
    "Pixel sizes: Imagen 4's published output sizes (docs/contract.md §4).",
    "(choice) Duration 5-15 s (the docs page gives no figure)."
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
        (name: "kling-3-0-turbo-beta.json", text: #"""
{
  "id": "kling-3-0-turbo-beta",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published_contract contract, confidence H; https://reapi.ai/models/kling-3-0-turbo.",
    "SKU keys name kling-3-0-turbo (the reference's disagreement): the turbo prices apply.",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "max_length": 2500,
      "min_length": 1,
      "required": true
    },
    "aspect_ratio": {
      "type": "string",
      "enum": [
        "16:9",
        "9:16",
        "1:1"
      ],
      "default": "16:9"
    },
    "resolution": {
      "type": "string",
      "enum": [
        "720p",
        "1080p"
      ],
      "default": "720p"
    },
    "duration": {
      "type": "integer",
      "enum": [
        "3",
        "4",
        "5",
        "6",
        "7",
        "8",
        "9",
        "10",
        "11",
        "12",
        "13",
        "14",
        "15"
      ],
      "default": 5
    },
    "image_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 1,
      "min_items": 1,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    }
  },
  "clip": {
    "seconds_field": "duration",
    "seconds": 5
  },
  "pixels_by": [
    "resolution",
    "aspect_ratio"
  ],
  "pixels": {
    "720p": {
      "16:9": [
        1280,
        720
      ],
      "9:16": [
        720,
        1280
      ],
      "1:1": [
        720,
        720
      ]
    },
    "1080p": {
      "16:9": [
        1920,
        1080
      ],
      "9:16": [
        1080,
        1920
      ],
      "1:1": [
        1080,
        1080
      ]
    }
  },
  "price_unit": "usd",
  "price_per": "second",
  "price_by": [
    "resolution"
  ],
  "price_per_image": {
    "720p": 0.12584,
    "1080p": 0.15752
  },
  "duration_by": [
    "resolution"
  ],
  "duration_ms": {
    "720p": [
      60000,
      120000
    ],
    "1080p": [
      90000,
      180000
    ]
  }
}

"""#),
        (name: "kling-3-0-turbo.json", text: #"""
{
  "id": "kling-3-0-turbo",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published_contract contract, confidence H; https://reapi.ai/docs/kling-3-0-turbo; https://reapi.ai/models/kling-3-0-turbo.",
    "SKU <resolution> per second.",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "max_length": 3072,
      "min_length": 1,
      "required": false
    },
    "aspect_ratio": {
      "type": "string",
      "enum": [
        "16:9",
        "9:16",
        "1:1"
      ],
      "default": "16:9"
    },
    "resolution": {
      "type": "string",
      "enum": [
        "720p",
        "1080p"
      ],
      "default": "720p"
    },
    "duration": {
      "type": "integer",
      "enum": [
        "3",
        "4",
        "5",
        "6",
        "7",
        "8",
        "9",
        "10",
        "11",
        "12",
        "13",
        "14",
        "15"
      ],
      "default": 5
    },
    "watermark": {
      "type": "boolean",
      "default": false
    },
    "first_frame_image": {
      "type": "string",
      "urls": true
    }
  },
  "rules": [
    {
      "when": {
        "first_frame_image": {
          "supplied": false
        }
      },
      "require": {
        "prompt": {
          "supplied": true
        }
      },
      "message": "prompt is required for text-to-video; omit it only when first_frame_image is set",
      "code": "required"
    }
  ],
  "clip": {
    "seconds_field": "duration",
    "seconds": 5
  },
  "pixels_by": [
    "resolution",
    "aspect_ratio"
  ],
  "pixels": {
    "720p": {
      "16:9": [
        1280,
        720
      ],
      "9:16": [
        720,
        1280
      ],
      "1:1": [
        720,
        720
      ]
    },
    "1080p": {
      "16:9": [
        1920,
        1080
      ],
      "9:16": [
        1080,
        1920
      ],
      "1:1": [
        1080,
        1080
      ]
    }
  },
  "price_unit": "usd",
  "price_per": "second",
  "price_by": [
    "resolution"
  ],
  "price_per_image": {
    "720p": 0.12584,
    "1080p": 0.15752
  },
  "duration_by": [
    "resolution"
  ],
  "duration_ms": {
    "720p": [
      60000,
      120000
    ],
    "1080p": [
      90000,
      180000
    ]
  }
}

"""#),
        (name: "kling-3-0.json", text: #"""
{
  "id": "kling-3-0",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published_contract contract, confidence M; https://reapi.ai/models/kling-3-0.",
    "SKU <mode>:audio|noaudio by sound.",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "max_length": 2500,
      "min_length": 1,
      "required": false
    },
    "sound": {
      "type": "boolean",
      "default": false
    },
    "duration": {
      "type": "integer",
      "enum": [
        "3",
        "4",
        "5",
        "6",
        "7",
        "8",
        "9",
        "10",
        "11",
        "12",
        "13",
        "14",
        "15"
      ],
      "default": 5
    },
    "aspect_ratio": {
      "type": "string",
      "enum": [
        "16:9",
        "9:16",
        "1:1"
      ],
      "default": "16:9"
    },
    "mode": {
      "type": "string",
      "enum": [
        "std",
        "pro",
        "4K"
      ],
      "default": "pro"
    },
    "multi_shots": {
      "type": "boolean",
      "default": false
    },
    "multi_prompt": {
      "type": "array",
      "items": {
        "type": "object",
        "fields": {
          "duration": {
            "type": "integer",
            "enum": [
              "1",
              "2",
              "3",
              "4",
              "5",
              "6",
              "7",
              "8",
              "9",
              "10",
              "11",
              "12"
            ],
            "required": true
          },
          "prompt": {
            "type": "string",
            "max_length": 500,
            "min_length": 1,
            "required": true
          }
        }
      },
      "max_items": 5
    },
    "kling_elements": {
      "type": "array",
      "items": {
        "type": "object",
        "fields": {
          "description": {
            "type": "string"
          },
          "name": {
            "type": "string",
            "min_length": 1,
            "required": true
          }
        }
      },
      "max_items": 3
    },
    "image_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 2,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    }
  },
  "rules": [
    {
      "when": {
        "multi_shots": {
          "not_in": [
            true
          ]
        }
      },
      "require": {
        "prompt": {
          "supplied": true
        }
      },
      "message": "prompt is required for single-shot; multi_prompt is required when multi_shots is true",
      "code": "required"
    },
    {
      "when": {
        "multi_shots": {
          "in": [
            true
          ]
        }
      },
      "require": {
        "multi_prompt": {
          "supplied": true
        }
      },
      "message": "prompt is required for single-shot; multi_prompt is required when multi_shots is true",
      "code": "required"
    }
  ],
  "clip": {
    "seconds_field": "duration",
    "seconds": 5,
    "audio_fields": [
      "sound"
    ]
  },
  "pixels_by": [
    "mode",
    "aspect_ratio"
  ],
  "pixels": {
    "std": {
      "16:9": [
        1280,
        720
      ],
      "9:16": [
        720,
        1280
      ],
      "1:1": [
        720,
        720
      ]
    },
    "pro": {
      "16:9": [
        1920,
        1080
      ],
      "9:16": [
        1080,
        1920
      ],
      "1:1": [
        1080,
        1080
      ]
    },
    "4K": {
      "16:9": [
        3840,
        2160
      ],
      "9:16": [
        2160,
        3840
      ],
      "1:1": [
        2160,
        2160
      ]
    }
  },
  "price_unit": "usd",
  "price_per": "second",
  "price_by": [
    "mode",
    "with_audio"
  ],
  "price_per_image": {
    "std": {
      "true": 0.11,
      "false": 0.077
    },
    "pro": {
      "true": 0.1485,
      "false": 0.099
    },
    "4K": {
      "true": 0.3685,
      "false": 0.3685
    }
  },
  "duration_by": [
    "mode"
  ],
  "duration_ms": {
    "std": [
      60000,
      120000
    ],
    "pro": [
      90000,
      180000
    ],
    "4K": [
      180000,
      360000
    ]
  }
}

"""#),
        (name: "kling-v2-6-motion-control.json", text: #"""
{
  "id": "kling-v2-6-motion-control",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published_contract contract, confidence M; https://reapi.ai/models/kling-motion-control.",
    "(choice) The output follows the source (video_url), whose length the vendor probes server-side: the emulator takes the scenario's source_seconds for that URL, else 10 s.",
    "SKU <mode> per second of the reference video (source length).",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "min_length": 1,
      "required": true
    },
    "character_orientation": {
      "type": "string",
      "enum": [
        "image",
        "video"
      ],
      "default": "image",
      "required": true
    },
    "mode": {
      "type": "string",
      "enum": [
        "std",
        "pro"
      ],
      "default": "std",
      "required": true
    },
    "keep_original_sound": {
      "type": "string",
      "enum": [
        "yes",
        "no"
      ],
      "default": "yes"
    },
    "watermark_info": {
      "type": "object",
      "fields": {
        "enabled": {
          "type": "boolean",
          "required": true
        }
      }
    },
    "image_url": {
      "type": "string",
      "urls": true,
      "required": true,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    },
    "video_url": {
      "type": "string",
      "urls": true,
      "required": true,
      "messages": {
        "data_uri": "video_url must be a public http(s) URL",
        "not_http": "video_url must be a public http(s) URL"
      }
    }
  },
  "clip": {
    "source_fields": [
      "video_url"
    ],
    "seconds": 10,
    "audio_fields": [
      "keep_original_sound"
    ]
  },
  "pixels_by": [
    "mode"
  ],
  "pixels": {
    "std": [
      1280,
      720
    ],
    "pro": [
      1920,
      1080
    ]
  },
  "price_unit": "usd",
  "price_per": "second",
  "price_by": [
    "mode"
  ],
  "price_per_image": {
    "std": 0.062832,
    "pro": 0.100584
  },
  "duration_by": [
    "mode"
  ],
  "duration_ms": {
    "std": [
      60000,
      120000
    ],
    "pro": [
      90000,
      180000
    ]
  }
}

"""#),
        (name: "kling-v3-motion-control.json", text: #"""
{
  "id": "kling-v3-motion-control",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published_contract contract, confidence M; https://reapi.ai/models/kling-motion-control.",
    "(choice) The output follows the source (video_url), whose length the vendor probes server-side: the emulator takes the scenario's source_seconds for that URL, else 10 s.",
    "SKU <mode> per second of the reference video (source length).",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "min_length": 1,
      "required": true
    },
    "character_orientation": {
      "type": "string",
      "enum": [
        "image",
        "video"
      ],
      "default": "image",
      "required": true
    },
    "mode": {
      "type": "string",
      "enum": [
        "std",
        "pro"
      ],
      "default": "std",
      "required": true
    },
    "keep_original_sound": {
      "type": "string",
      "enum": [
        "yes",
        "no"
      ],
      "default": "yes"
    },
    "watermark_info": {
      "type": "object",
      "fields": {
        "enabled": {
          "type": "boolean",
          "required": true
        }
      }
    },
    "image_url": {
      "type": "string",
      "urls": true,
      "required": true,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    },
    "video_url": {
      "type": "string",
      "urls": true,
      "required": true,
      "messages": {
        "data_uri": "video_url must be a public http(s) URL",
        "not_http": "video_url must be a public http(s) URL"
      }
    }
  },
  "clip": {
    "source_fields": [
      "video_url"
    ],
    "seconds": 10,
    "audio_fields": [
      "keep_original_sound"
    ]
  },
  "pixels_by": [
    "mode"
  ],
  "pixels": {
    "std": [
      1280,
      720
    ],
    "pro": [
      1920,
      1080
    ]
  },
  "price_unit": "usd",
  "price_per": "second",
  "price_by": [
    "mode"
  ],
  "price_per_image": {
    "std": 0.113168,
    "pro": 0.150832
  },
  "duration_by": [
    "mode"
  ],
  "duration_ms": {
    "std": [
      60000,
      120000
    ],
    "pro": [
      90000,
      180000
    ]
  }
}

"""#),
        (name: "midjourney-video.json", text: #"""
{
  "id": "midjourney-video",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published_contract contract, confidence M; https://reapi.ai/models/midjourney-v8.",
    "(choice) video_type has no published default: vid_1.1_i2v_480.",
    "(choice) The clip length is not documented: 5 s.",
    "SKU 480 | 720 per request by video_type.",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "required": false
    },
    "action": {
      "type": "string",
      "enum": [
        "video"
      ]
    },
    "task_id": {
      "type": "string",
      "min_length": 1
    },
    "index": {
      "type": "integer",
      "min": 0,
      "max": 3
    },
    "video_type": {
      "type": "string",
      "enum": [
        "vid_1.1_i2v_480",
        "vid_1.1_i2v_720",
        "vid_1.1_i2v_start_end_480",
        "vid_1.1_i2v_start_end_720"
      ],
      "default": "vid_1.1_i2v_480"
    },
    "animate_mode": {
      "type": "string",
      "enum": [
        "manual",
        "auto"
      ]
    },
    "motion": {
      "type": "string",
      "enum": [
        "low",
        "high"
      ]
    },
    "batch_size": {
      "type": "integer",
      "enum": [
        "1",
        "2",
        "4"
      ],
      "min": 1,
      "max": 4,
      "default": 1
    },
    "metadata": {
      "type": "object",
      "fields": {},
      "additional_fields": true
    },
    "image_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 1,
      "min_items": 1,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    },
    "end_url": {
      "type": "string",
      "urls": true
    }
  },
  "image_count_field": "batch_size",
  "clip": {
    "seconds": 5
  },
  "pixels_by": [
    "video_type"
  ],
  "pixels": {
    "vid_1.1_i2v_480": [
      854,
      480
    ],
    "vid_1.1_i2v_720": [
      1280,
      720
    ],
    "vid_1.1_i2v_start_end_480": [
      854,
      480
    ],
    "vid_1.1_i2v_start_end_720": [
      1280,
      720
    ]
  },
  "price_unit": "usd",
  "price_per": "request",
  "price_by": [
    "video_type"
  ],
  "price_per_image": {
    "vid_1.1_i2v_480": 0.23,
    "vid_1.1_i2v_720": 0.46,
    "vid_1.1_i2v_start_end_480": 0.23,
    "vid_1.1_i2v_start_end_720": 0.46
  },
  "duration_by": [
    "video_type"
  ],
  "duration_ms": {
    "vid_1.1_i2v_480": [
      40000,
      80000
    ],
    "vid_1.1_i2v_720": [
      60000,
      120000
    ],
    "vid_1.1_i2v_start_end_480": [
      40000,
      80000
    ],
    "vid_1.1_i2v_start_end_720": [
      60000,
      120000
    ]
  }
}

"""#),
        (name: "midjourney.json", text: #"""
{
  "id": "midjourney",
  "provider": "reapi",
  "family": "imagen",
  "id_style": "ulid",
  "aliases": [],
  "format": "png",
  "url_ttl_seconds": 86400,
  "notes": [
    "Published input schema of reapi.ai/models/midjourney-v8 (fields, enums, defaults, limits; material: image_urls <= 4, cref/sref/dref 1 each); action picks the variant (schema_variants), each with its required fields.",
    "Submit envelope: the page's client reads data[0].task_id, the shape of imagen-4-0's submit (same ULID ids), so the imagen family (choice).",
    "Images: 4 per request, upscale 1 (reAPI docs; APIMart). Follow-ups name a completed midjourney task of the same key by task_id, index 1-4 (default 1, choice) and render at its size.",
    "(choice) Which actions accept which fields, blend's 2-4 image_urls (APIMart), blend dimensions -> size, the messages of the per-action rules and of the parent checks.",
    "Price per request by action and speed: SKUs midjourney:imagine:* and midjourney:edit:*; blend and reroll billed as imagine, every other follow-up as edit (choice).",
    "Pixels: Midjourney grid tiles (Runware, ComfyUI; 9:21 inferred); an upscale is the tile itself (APIMart).",
    "(choice) PNG, URLs 24 hours, duration relax 60-180 s, fast 30-60 s, turbo 15-30 s."
  ],
  "fields": {
    "action": {
      "type": "string",
      "required": true,
      "enum": [
        "imagine",
        "edits",
        "blend",
        "upscale",
        "variation",
        "high_variation",
        "low_variation",
        "reroll",
        "zoom",
        "pan",
        "remix_strong",
        "remix_subtle"
      ]
    },
    "prompt": {"type": "prompt", "required": false},
    "image_urls": {"type": "string_array", "max_items": 4, "urls": true},
    "cref": {"type": "string", "urls": true},
    "sref": {"type": "string", "urls": true},
    "dref": {"type": "string", "urls": true},
    "speed": {"type": "string", "enum": ["relax", "fast", "turbo"], "default": "relax"},
    "size": {
      "type": "string",
      "enum": ["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "2:1", "1:2", "21:9", "9:21"],
      "default": "16:9"
    },
    "quality": {"type": "string", "enum": ["0.25", "0.5", "1", "2"]},
    "style": {"type": "string"},
    "version": {"type": "string", "enum": ["8.2", "8.1", "7", "6.1", "5.2", "5.1"], "default": "8.2"},
    "seed": {"type": "integer", "min": -9007199254740991, "max": 9007199254740991},
    "negative_prompt": {"type": "string"},
    "stylize": {"type": "integer", "min": 0, "max": 1000},
    "chaos": {"type": "integer", "min": 0, "max": 100},
    "weird": {"type": "integer", "min": 0, "max": 3000},
    "tile": {"type": "boolean"},
    "niji": {"type": "boolean"},
    "iw": {"type": "number", "min": 0, "max": 3},
    "cw": {"type": "integer", "min": 0, "max": 100},
    "sw": {"type": "integer", "min": 0, "max": 1000},
    "dw": {"type": "number", "min": 0, "max": 100},
    "repeat": {"type": "integer", "min": 2, "max": 40},
    "raw": {"type": "boolean"},
    "draft": {"type": "boolean"},
    "hd": {"type": "boolean"},
    "stop": {"type": "integer", "min": 10, "max": 100},
    "extra": {"type": "string"},
    "metadata": {"type": "object", "additional_fields": true, "fields": {}},
    "dimensions": {"type": "string", "enum": ["SQUARE", "PORTRAIT", "LANDSCAPE"]},
    "task_id": {"type": "string"},
    "index": {"type": "integer", "min": 1, "max": 4},
    "custom_id": {"type": "string"},
    "zoom_ratio": {"type": "number", "min": 0, "exclusive_min": true},
    "direction": {"type": "string", "enum": ["left", "right", "up", "down"]}
  },
  "seed_field": "seed",
  "variant_field": "action",
  "variants": {
    "imagine": {
      "requires": ["prompt"],
      "accepts": [
        "prompt",
        "image_urls",
        "cref",
        "sref",
        "dref",
        "speed",
        "size",
        "quality",
        "style",
        "version",
        "seed",
        "negative_prompt",
        "stylize",
        "chaos",
        "weird",
        "tile",
        "niji",
        "iw",
        "cw",
        "sw",
        "dw",
        "repeat",
        "raw",
        "draft",
        "hd",
        "stop",
        "extra",
        "metadata"
      ]
    },
    "edits": {
      "requires": ["prompt", "image_urls"],
      "accepts": [
        "prompt",
        "image_urls",
        "cref",
        "sref",
        "dref",
        "speed",
        "size",
        "quality",
        "style",
        "version",
        "seed",
        "negative_prompt",
        "stylize",
        "chaos",
        "weird",
        "tile",
        "niji",
        "iw",
        "cw",
        "sw",
        "dw",
        "repeat",
        "raw",
        "draft",
        "hd",
        "stop",
        "extra",
        "metadata"
      ]
    },
    "blend": {
      "requires": ["image_urls"],
      "accepts": ["image_urls", "dimensions", "size", "speed", "metadata"],
      "min_entries": {"image_urls": 2},
      "fill": {"size": {"from": "dimensions", "values": {"SQUARE": "1:1", "PORTRAIT": "2:3", "LANDSCAPE": "3:2"}}}
    },
    "upscale": {
      "requires": ["task_id"],
      "accepts": ["task_id", "index", "custom_id", "speed", "metadata"],
      "follows": {"task_field": "task_id", "index_field": "index", "index_base": 1, "index_default": 1, "inherit": ["size"]}
    },
    "variation": {
      "requires": ["task_id"],
      "accepts": ["task_id", "index", "custom_id", "speed", "metadata"],
      "follows": {"task_field": "task_id", "index_field": "index", "index_base": 1, "index_default": 1, "inherit": ["size"]}
    },
    "high_variation": {
      "requires": ["task_id"],
      "accepts": ["task_id", "index", "custom_id", "speed", "metadata"],
      "follows": {"task_field": "task_id", "index_field": "index", "index_base": 1, "index_default": 1, "inherit": ["size"]}
    },
    "low_variation": {
      "requires": ["task_id"],
      "accepts": ["task_id", "index", "custom_id", "speed", "metadata"],
      "follows": {"task_field": "task_id", "index_field": "index", "index_base": 1, "index_default": 1, "inherit": ["size"]}
    },
    "reroll": {
      "requires": ["task_id"],
      "accepts": ["task_id", "custom_id", "speed", "metadata"],
      "follows": {"task_field": "task_id", "inherit": ["size"]}
    },
    "zoom": {
      "requires": ["task_id"],
      "accepts": ["task_id", "index", "custom_id", "zoom_ratio", "speed", "metadata"],
      "follows": {"task_field": "task_id", "index_field": "index", "index_base": 1, "index_default": 1, "inherit": ["size"]}
    },
    "pan": {
      "requires": ["task_id"],
      "accepts": ["task_id", "index", "custom_id", "direction", "speed", "metadata"],
      "follows": {"task_field": "task_id", "index_field": "index", "index_base": 1, "index_default": 1, "inherit": ["size"]}
    },
    "remix_strong": {
      "requires": ["task_id", "index"],
      "accepts": ["task_id", "index", "prompt", "speed", "metadata"],
      "follows": {"task_field": "task_id", "index_field": "index", "index_base": 1, "index_default": 1, "inherit": ["size"]}
    },
    "remix_subtle": {
      "requires": ["task_id", "index"],
      "accepts": ["task_id", "index", "prompt", "speed", "metadata"],
      "follows": {"task_field": "task_id", "index_field": "index", "index_base": 1, "index_default": 1, "inherit": ["size"]}
    }
  },
  "images_by": ["action"],
  "images": {
    "imagine": 4,
    "edits": 4,
    "blend": 4,
    "upscale": 1,
    "variation": 4,
    "high_variation": 4,
    "low_variation": 4,
    "reroll": 4,
    "zoom": 4,
    "pan": 4,
    "remix_strong": 4,
    "remix_subtle": 4
  },
  "prompt_rules": {"data_uri_message": "base64 / data: image inputs are not accepted — use a public http(s) URL"},
  "pixels_by": ["size"],
  "pixels": {
    "1:1": [1024, 1024],
    "16:9": [1456, 816],
    "9:16": [816, 1456],
    "4:3": [1232, 928],
    "3:4": [928, 1232],
    "3:2": [1344, 896],
    "2:3": [896, 1344],
    "2:1": [1536, 768],
    "1:2": [768, 1536],
    "21:9": [1680, 720],
    "9:21": [720, 1680]
  },
  "price_unit": "usd",
  "price_per": "request",
  "price_by": ["action", "speed"],
  "price_treat_as": {
    "action": {
      "blend": "imagine",
      "reroll": "imagine",
      "upscale": "edits",
      "variation": "edits",
      "high_variation": "edits",
      "low_variation": "edits",
      "zoom": "edits",
      "pan": "edits",
      "remix_strong": "edits",
      "remix_subtle": "edits"
    }
  },
  "price_per_image": {
    "imagine": {"relax": 0.051796, "fast": 0.063296, "turbo": 0.115},
    "edits": {"relax": 0.063296, "fast": 0.063296, "turbo": 0.115}
  },
  "duration_by": ["speed"],
  "duration_ms": {"relax": [60000, 180000], "fast": [30000, 60000], "turbo": [15000, 30000]}
}

"""#),
        (name: "mj-v7-edit.json", text: #"""
{
  "extends": "mj-v7",
  "id": "mj-v7-edit",
  "notes": [
    "Canvas edit (reposition on a canvas, fill the blank): model_params task_id, canvas, img_pos required; image_number 0-3 (0-based); mask areas with points.",
    "Rule messages from the page config: the prompt's data: rule, points must be an even list of (x,y) pairs.",
    "(choice) Follows a completed mj-v7 family task of the same key; renders at its parent's tile; 4 images (inferred); price SKUs mj-v7-edit:fast / turbo."
  ],
  "fields": {
    "model_params": {
      "type": "object",
      "required": true,
      "default": null,
      "fields": {
        "task_id": {"type": "string", "required": true, "min_length": 1},
        "image_number": {"type": "integer", "min": 0, "max": 3},
        "canvas": {
          "type": "object",
          "required": true,
          "fields": {
            "height": {"type": "integer", "required": true, "min": 1, "max": 9007199254740991},
            "width": {"type": "integer", "required": true, "min": 1, "max": 9007199254740991}
          }
        },
        "img_pos": {
          "type": "object",
          "required": true,
          "fields": {
            "height": {"type": "integer", "required": true, "min": 1, "max": 9007199254740991},
            "width": {"type": "integer", "required": true, "min": 1, "max": 9007199254740991},
            "x": {"type": "integer", "required": true, "min": -9007199254740991, "max": 9007199254740991},
            "y": {"type": "integer", "required": true, "min": -9007199254740991, "max": 9007199254740991}
          }
        },
        "mask": {
          "type": "object",
          "fields": {
            "areas": {
              "type": "array",
              "items": {
                "type": "object",
                "fields": {
                  "height": {"type": "integer", "required": true, "min": 1, "max": 9007199254740991},
                  "points": {
                    "type": "array",
                    "required": true,
                    "min_items": 6,
                    "items": {"type": "integer", "min": -9007199254740991, "max": 9007199254740991},
                    "even_count": true,
                    "messages": {"odd_count": "points must be an even list of (x,y) pairs"}
                  },
                  "width": {"type": "integer", "required": true, "min": 1, "max": 9007199254740991}
                }
              }
            }
          }
        },
        "speed": {"type": "string", "enum": ["fast", "turbo"], "default": "fast"}
      }
    }
  },
  "follows": {
    "task_field": "model_params.task_id",
    "index_field": "model_params.image_number",
    "index_base": 0,
    "index_default": 0,
    "parents": [
      "mj-v7",
      "mj-v7-edit",
      "mj-v7-enhance",
      "mj-v7-inpaint",
      "mj-v7-outpaint",
      "mj-v7-pan",
      "mj-v7-remix",
      "mj-v7-retexture",
      "mj-v7-upload-paint",
      "mj-v7-variation",
      "mj-v7-upscale"
    ],
    "inherit": ["aspect_ratio"]
  },
  "price_per_image": {"draft": null, "fast": 0.130977, "turbo": 0.261954},
  "duration_ms": {"draft": null, "fast": [30000, 60000], "turbo": [15000, 30000]}
}

"""#),
        (name: "mj-v7-enhance.json", text: #"""
{
  "extends": "mj-v7",
  "id": "mj-v7-enhance",
  "notes": [
    "Upgrades a draft-mode mj-v7 task (EvoLink: 'Only supports source tasks generated in draft mode'); no prompt; model_params task_id required, image_number 0-3.",
    "(choice) 4 images (inferred), the parent's tile; flat SKU mj-v7-enhance:flat; 30-60 s."
  ],
  "fields": {
    "prompt": null,
    "model_params": {
      "type": "object",
      "required": true,
      "default": null,
      "fields": {
        "task_id": {"type": "string", "required": true, "min_length": 1},
        "image_number": {"type": "integer", "min": 0, "max": 3},
        "speed": null
      }
    }
  },
  "follows": {
    "task_field": "model_params.task_id",
    "index_field": "model_params.image_number",
    "index_base": 0,
    "index_default": 0,
    "parents": ["mj-v7"],
    "inherit": ["aspect_ratio"],
    "parent_must": [
      {
        "field": "model_params.speed",
        "equals": "draft",
        "message": "{field} \"{task}\" was generated with speed {value}; mj-v7-enhance only supports source tasks generated in draft mode"
      }
    ]
  },
  "price_by": null,
  "price_per_image": 0.087318,
  "duration_by": null,
  "duration_ms": [30000, 60000]
}

"""#),
        (name: "mj-v7-inpaint.json", text: #"""
{
  "extends": "mj-v7",
  "id": "mj-v7-inpaint",
  "notes": [
    "Vary Region: model_params task_id and mask required; mask must set exactly one of areas or url (url itself is not supported here: nested material); points must be an even list of (x,y) pairs.",
    "(choice) 4 images (inferred), the parent's tile; SKUs mj-v7-inpaint:fast / turbo."
  ],
  "fields": {
    "prompt": {"type": "prompt", "required": false, "max_length": 8192},
    "model_params": {
      "type": "object",
      "required": true,
      "default": null,
      "fields": {
        "task_id": {"type": "string", "required": true, "min_length": 1},
        "image_number": {"type": "integer", "min": 0, "max": 3},
        "mask": {
          "type": "object",
          "required": true,
          "fields": {
            "areas": {
              "type": "array",
              "items": {
                "type": "object",
                "fields": {
                  "height": {"type": "integer", "required": true, "min": 1, "max": 9007199254740991},
                  "points": {
                    "type": "array",
                    "required": true,
                    "min_items": 6,
                    "items": {"type": "integer", "min": -9007199254740991, "max": 9007199254740991},
                    "even_count": true,
                    "messages": {"odd_count": "points must be an even list of (x,y) pairs"}
                  },
                  "width": {"type": "integer", "required": true, "min": 1, "max": 9007199254740991}
                }
              }
            },
            "url": {
              "type": "forbidden",
              "messages": {"forbidden": "{field} is not supported by {model}: give the mask as areas"}
            }
          }
        },
        "speed": {"type": "string", "enum": ["fast", "turbo"], "default": "fast"}
      }
    }
  },
  "follows": {
    "task_field": "model_params.task_id",
    "index_field": "model_params.image_number",
    "index_base": 0,
    "index_default": 0,
    "parents": [
      "mj-v7",
      "mj-v7-edit",
      "mj-v7-enhance",
      "mj-v7-inpaint",
      "mj-v7-outpaint",
      "mj-v7-pan",
      "mj-v7-remix",
      "mj-v7-retexture",
      "mj-v7-upload-paint",
      "mj-v7-variation",
      "mj-v7-upscale"
    ],
    "inherit": ["aspect_ratio"]
  },
  "price_per_image": {"draft": null, "fast": 0.130977, "turbo": 0.261954},
  "duration_ms": {"draft": null, "fast": [30000, 60000], "turbo": [15000, 30000]},
  "rules": [
    {
      "when": {"model_params.mask": {"supplied": true}},
      "require": {"model_params.mask.areas": {"supplied": true}},
      "message": "mask must set exactly one of areas or url"
    }
  ]
}

"""#),
        (name: "mj-v7-outpaint.json", text: #"""
{
  "extends": "mj-v7",
  "id": "mj-v7-outpaint",
  "notes": [
    "Zoom out: model_params task_id required, image_number 0-3, scale 1.1-2.",
    "(choice) 4 images (inferred), the parent's tile; SKUs mj-v7-outpaint:fast / turbo."
  ],
  "fields": {
    "prompt": {"type": "prompt", "required": false, "max_length": 8192},
    "model_params": {
      "type": "object",
      "required": true,
      "default": null,
      "fields": {
        "task_id": {"type": "string", "required": true, "min_length": 1},
        "image_number": {"type": "integer", "min": 0, "max": 3},
        "scale": {"type": "number", "min": 1.1, "max": 2},
        "speed": {"type": "string", "enum": ["fast", "turbo"], "default": "fast"}
      }
    }
  },
  "follows": {
    "task_field": "model_params.task_id",
    "index_field": "model_params.image_number",
    "index_base": 0,
    "index_default": 0,
    "parents": [
      "mj-v7",
      "mj-v7-edit",
      "mj-v7-enhance",
      "mj-v7-inpaint",
      "mj-v7-outpaint",
      "mj-v7-pan",
      "mj-v7-remix",
      "mj-v7-retexture",
      "mj-v7-upload-paint",
      "mj-v7-variation",
      "mj-v7-upscale"
    ],
    "inherit": ["aspect_ratio"]
  },
  "price_per_image": {"draft": null, "fast": 0.087318, "turbo": 0.174636},
  "duration_ms": {"draft": null, "fast": [30000, 60000], "turbo": [15000, 30000]}
}

"""#),
        (name: "mj-v7-pan.json", text: #"""
{
  "extends": "mj-v7",
  "id": "mj-v7-pan",
  "notes": [
    "Pan: model_params task_id required, direction down|right|up|left, image_number 0-3, scale 1.1-3.",
    "(choice) 4 images (inferred), the parent's tile; SKUs mj-v7-pan:fast / turbo."
  ],
  "fields": {
    "prompt": {"type": "prompt", "required": false, "max_length": 8192},
    "model_params": {
      "type": "object",
      "required": true,
      "default": null,
      "fields": {
        "task_id": {"type": "string", "required": true, "min_length": 1},
        "image_number": {"type": "integer", "min": 0, "max": 3},
        "direction": {"type": "string", "enum": ["down", "right", "up", "left"]},
        "scale": {"type": "number", "min": 1.1, "max": 3},
        "speed": {"type": "string", "enum": ["fast", "turbo"], "default": "fast"}
      }
    }
  },
  "follows": {
    "task_field": "model_params.task_id",
    "index_field": "model_params.image_number",
    "index_base": 0,
    "index_default": 0,
    "parents": [
      "mj-v7",
      "mj-v7-edit",
      "mj-v7-enhance",
      "mj-v7-inpaint",
      "mj-v7-outpaint",
      "mj-v7-pan",
      "mj-v7-remix",
      "mj-v7-retexture",
      "mj-v7-upload-paint",
      "mj-v7-variation",
      "mj-v7-upscale"
    ],
    "inherit": ["aspect_ratio"]
  },
  "price_per_image": {"draft": null, "fast": 0.087318, "turbo": 0.174636},
  "duration_ms": {"draft": null, "fast": [30000, 60000], "turbo": [15000, 30000]}
}

"""#),
        (name: "mj-v7-remix.json", text: #"""
{
  "extends": "mj-v7",
  "id": "mj-v7-remix",
  "notes": [
    "Remix: prompt and model_params.task_id required; mode strong|subtle; image_number 0-3.",
    "(choice) 4 images (inferred), the parent's tile; SKUs mj-v7-remix:fast / turbo."
  ],
  "fields": {
    "model_params": {
      "type": "object",
      "required": true,
      "default": null,
      "fields": {
        "task_id": {"type": "string", "required": true, "min_length": 1},
        "image_number": {"type": "integer", "min": 0, "max": 3},
        "mode": {"type": "string", "enum": ["strong", "subtle"]},
        "speed": {"type": "string", "enum": ["fast", "turbo"], "default": "fast"}
      }
    }
  },
  "follows": {
    "task_field": "model_params.task_id",
    "index_field": "model_params.image_number",
    "index_base": 0,
    "index_default": 0,
    "parents": [
      "mj-v7",
      "mj-v7-edit",
      "mj-v7-enhance",
      "mj-v7-inpaint",
      "mj-v7-outpaint",
      "mj-v7-pan",
      "mj-v7-remix",
      "mj-v7-retexture",
      "mj-v7-upload-paint",
      "mj-v7-variation",
      "mj-v7-upscale"
    ],
    "inherit": ["aspect_ratio"]
  },
  "price_per_image": {"draft": null, "fast": 0.130977, "turbo": 0.261954},
  "duration_ms": {"draft": null, "fast": [30000, 60000], "turbo": [15000, 30000]}
}

"""#),
        (name: "mj-v7-remove-bg.json", text: #"""
{
  "extends": "mj-v7",
  "id": "mj-v7-remove-bg",
  "notes": [
    "Background removal of one image: image_urls exactly 1 (material min 1 max 1); no prompt or parameters (EvoLink: 'Does not support prompt, speed or other parameters').",
    "(choice) 1 transparent-capable PNG (inferred) of 1024x1024 (the input's own size cannot be known offline); flat SKU mj-v7-remove-bg:flat; 30-60 s."
  ],
  "fields": {
    "prompt": null,
    "model_params": null,
    "image_urls": {"type": "string_array", "required": true, "max_items": 1, "urls": true}
  },
  "images": 1,
  "price_by": null,
  "price_per_image": 0.087318,
  "duration_by": null,
  "duration_ms": [30000, 60000],
  "pixels": [1024, 1024],
  "prompt_rules": null,
  "pixels_by": null
}

"""#),
        (name: "mj-v7-retexture.json", text: #"""
{
  "extends": "mj-v7",
  "id": "mj-v7-retexture",
  "notes": [
    "Retexture one image: prompt required (its data: rule), image_urls exactly 1, model_params.speed fast|turbo.",
    "(choice) 4 images (inferred) at the prompt's --ar tile; SKUs mj-v7-retexture:fast / turbo."
  ],
  "fields": {
    "model_params": {"type": "object", "fields": {"speed": {"type": "string", "enum": ["fast", "turbo"], "default": "fast"}}},
    "image_urls": {"type": "string_array", "required": true, "max_items": 1, "urls": true}
  },
  "price_per_image": {"draft": null, "fast": 0.130977, "turbo": 0.261954},
  "duration_ms": {"draft": null, "fast": [30000, 60000], "turbo": [15000, 30000]}
}

"""#),
        (name: "mj-v7-upload-paint.json", text: #"""
{
  "extends": "mj-v7",
  "id": "mj-v7-upload-paint",
  "notes": [
    "Canvas edit of an uploaded image (no parent task): prompt, image_urls (exactly 1), model_params mask, canvas, img_pos required; mask exactly one of areas or url; points even.",
    "(choice) 4 images (inferred) at the prompt's --ar tile; SKUs mj-v7-upload-paint:fast / turbo."
  ],
  "fields": {
    "model_params": {
      "type": "object",
      "required": true,
      "default": null,
      "fields": {
        "mask": {
          "type": "object",
          "required": true,
          "fields": {
            "areas": {
              "type": "array",
              "items": {
                "type": "object",
                "fields": {
                  "height": {"type": "integer", "required": true, "min": 1, "max": 9007199254740991},
                  "points": {
                    "type": "array",
                    "required": true,
                    "min_items": 6,
                    "items": {"type": "integer", "min": -9007199254740991, "max": 9007199254740991},
                    "even_count": true,
                    "messages": {"odd_count": "points must be an even list of (x,y) pairs"}
                  },
                  "width": {"type": "integer", "required": true, "min": 1, "max": 9007199254740991}
                }
              }
            },
            "url": {
              "type": "forbidden",
              "messages": {"forbidden": "{field} is not supported by {model}: give the mask as areas"}
            }
          }
        },
        "canvas": {
          "type": "object",
          "required": true,
          "fields": {
            "height": {"type": "integer", "required": true, "min": 1, "max": 9007199254740991},
            "width": {"type": "integer", "required": true, "min": 1, "max": 9007199254740991}
          }
        },
        "img_pos": {
          "type": "object",
          "required": true,
          "fields": {
            "height": {"type": "integer", "required": true, "min": 1, "max": 9007199254740991},
            "width": {"type": "integer", "required": true, "min": 1, "max": 9007199254740991},
            "x": {"type": "integer", "required": true, "min": -9007199254740991, "max": 9007199254740991},
            "y": {"type": "integer", "required": true, "min": -9007199254740991, "max": 9007199254740991}
          }
        },
        "speed": {"type": "string", "enum": ["fast", "turbo"], "default": "fast"}
      }
    },
    "image_urls": {"type": "string_array", "required": true, "max_items": 1, "urls": true}
  },
  "price_per_image": {"draft": null, "fast": 0.130977, "turbo": 0.261954},
  "duration_ms": {"draft": null, "fast": [30000, 60000], "turbo": [15000, 30000]},
  "rules": [
    {
      "when": {"model_params.mask": {"supplied": true}},
      "require": {"model_params.mask.areas": {"supplied": true}},
      "message": "mask must set exactly one of areas or url"
    }
  ]
}

"""#),
        (name: "mj-v7-upscale.json", text: #"""
{
  "extends": "mj-v7",
  "id": "mj-v7-upscale",
  "notes": [
    "Upscale one image of a grid: model_params task_id required, image_number 0-3, type standard|creative; no prompt.",
    "One image at 2x the parent's tile (apiframe: 'doubles the size'); an upscaled task cannot be upscaled again (EvoLink), so parents are the grid models.",
    "Flat SKU mj-v7-upscale:flat. (choice) 30-60 s."
  ],
  "fields": {
    "prompt": null,
    "model_params": {
      "type": "object",
      "required": true,
      "default": null,
      "fields": {
        "task_id": {"type": "string", "required": true, "min_length": 1},
        "image_number": {"type": "integer", "min": 0, "max": 3},
        "type": {"type": "string", "enum": ["standard", "creative"]},
        "speed": null
      }
    }
  },
  "follows": {
    "task_field": "model_params.task_id",
    "index_field": "model_params.image_number",
    "index_base": 0,
    "index_default": 0,
    "parents": [
      "mj-v7",
      "mj-v7-edit",
      "mj-v7-enhance",
      "mj-v7-inpaint",
      "mj-v7-outpaint",
      "mj-v7-pan",
      "mj-v7-remix",
      "mj-v7-retexture",
      "mj-v7-upload-paint",
      "mj-v7-variation"
    ],
    "inherit": ["aspect_ratio"]
  },
  "images": 1,
  "price_by": null,
  "price_per_image": 0.130977,
  "duration_by": null,
  "duration_ms": [30000, 60000],
  "pixels": {
    "1:1": [2048, 2048],
    "16:9": [2912, 1632],
    "9:16": [1632, 2912],
    "4:3": [2464, 1856],
    "3:4": [1856, 2464],
    "3:2": [2688, 1792],
    "2:3": [1792, 2688],
    "21:9": [3360, 1440],
    "9:21": [1440, 3360],
    "2:1": [3072, 1536],
    "1:2": [1536, 3072]
  }
}

"""#),
        (name: "mj-v7-variation.json", text: #"""
{
  "extends": "mj-v7",
  "id": "mj-v7-variation",
  "notes": [
    "Variation: model_params task_id required, image_number 0-3, type subtle|strong; the prompt (optional) remixes.",
    "A new 4-image grid at the parent's tile; SKUs mj-v7-variation:fast / turbo."
  ],
  "fields": {
    "prompt": {"type": "prompt", "required": false, "max_length": 8192},
    "model_params": {
      "type": "object",
      "required": true,
      "default": null,
      "fields": {
        "task_id": {"type": "string", "required": true, "min_length": 1},
        "image_number": {"type": "integer", "min": 0, "max": 3},
        "type": {"type": "string", "enum": ["subtle", "strong"]},
        "speed": {"type": "string", "enum": ["fast", "turbo"], "default": "fast"}
      }
    }
  },
  "follows": {
    "task_field": "model_params.task_id",
    "index_field": "model_params.image_number",
    "index_base": 0,
    "index_default": 0,
    "parents": [
      "mj-v7",
      "mj-v7-edit",
      "mj-v7-enhance",
      "mj-v7-inpaint",
      "mj-v7-outpaint",
      "mj-v7-pan",
      "mj-v7-remix",
      "mj-v7-retexture",
      "mj-v7-upload-paint",
      "mj-v7-variation",
      "mj-v7-upscale"
    ],
    "inherit": ["aspect_ratio"]
  },
  "price_per_image": {"draft": null, "fast": 0.130977, "turbo": 0.261954},
  "duration_ms": {"draft": null, "fast": [30000, 60000], "turbo": [15000, 30000]}
}

"""#),
        (name: "mj-v7.json", text: #"""
{
  "id": "mj-v7",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "format": "png",
  "url_ttl_seconds": 86400,
  "notes": [
    "Published input schema of reapi.ai/models/midjourney-v7: prompt 1-8192 characters, model_params.speed draft|fast|turbo; no reference media (image prompts are URLs at the start of the prompt).",
    "Submit envelope: the page's client reads resp.json()[\"id\"]: the canonical family; ids hex32 (choice).",
    "Four images per request (reAPI docs). The aspect ratio travels in the prompt as --ar W:H (or --aspect), snapped to the closest tile ratio; 1:1 without one (choice).",
    "Pixels: Midjourney grid tiles (Runware, ComfyUI; 9:21 inferred).",
    "Price per request: SKUs mj-v7:draft / fast / turbo. (choice) model_params.speed defaults to fast.",
    "URLs 24 hours (EvoLink). (choice) PNG; duration draft 10-20 s, fast 30-60 s, turbo 15-30 s.",
    "The mj-v7-* edit models extend this definition (extends: mj-v7) with their own model_params."
  ],
  "fields": {
    "prompt": {"type": "prompt", "max_length": 8192},
    "model_params": {
      "type": "object",
      "default": {},
      "fields": {"speed": {"type": "string", "enum": ["draft", "fast", "turbo"], "default": "fast"}}
    }
  },
  "images": 4,
  "prompt_rules": {
    "data_uri_message": "base64 / data: image inputs are not accepted — place a public http(s) URL at the start of the prompt",
    "aspect_ratio_flags": ["--ar", "--aspect"],
    "aspect_ratios": ["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "21:9", "9:21", "2:1", "1:2"],
    "aspect_ratio_default": "1:1"
  },
  "pixels_by": ["aspect_ratio"],
  "pixels": {
    "1:1": [1024, 1024],
    "16:9": [1456, 816],
    "9:16": [816, 1456],
    "4:3": [1232, 928],
    "3:4": [928, 1232],
    "3:2": [1344, 896],
    "2:3": [896, 1344],
    "21:9": [1680, 720],
    "9:21": [720, 1680],
    "2:1": [1536, 768],
    "1:2": [768, 1536]
  },
  "price_unit": "usd",
  "price_per": "request",
  "price_by": ["model_params.speed"],
  "price_per_image": {"draft": 0.043659, "fast": 0.087318, "turbo": 0.174636},
  "duration_by": ["model_params.speed"],
  "duration_ms": {"draft": [10000, 20000], "fast": [30000, 60000], "turbo": [15000, 30000]}
}

"""#),
        (name: "mureka-v9-song.json", text: #"""
{
  "id": "mureka-v9-song",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "audio",
  "format": "mp3",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published contract, confidence H; https://reapi.ai/docs/mureka-v9-song: lyrics required up to 3000 characters, prompt up to 1024, number_of_songs 1-3 (default 1), output_format mp3|wav|flac (default mp3), reference_id / vocal_id / melody_id forwarded verbatim.",
    "Price: mureka-v9-song:flat $0.06 per song, times number_of_songs (\"Each additional song multiplies the per-request cost.\").",
    "output.audio_urls: one URL per song (the reference's reading); no tracks (none documented for songs).",
    "(choice) A song lasts 30 s (the request does not set it); processing 30-90 s; URLs live 24 hours."
  ],
  "fields": {
    "lyrics": {
      "type": "string",
      "min_length": 1,
      "max_length": 3000,
      "required": true
    },
    "prompt": {
      "type": "prompt",
      "required": false,
      "max_length": 1024
    },
    "number_of_songs": {
      "type": "integer",
      "default": 1,
      "min": 1,
      "max": 3
    },
    "output_format": {
      "type": "string",
      "enum": [
        "mp3",
        "wav",
        "flac"
      ],
      "default": "mp3"
    },
    "reference_id": {
      "type": "string",
      "min_length": 1
    },
    "vocal_id": {
      "type": "string",
      "min_length": 1
    },
    "melody_id": {
      "type": "string",
      "min_length": 1
    }
  },
  "format_field": "output_format",
  "image_count_field": "number_of_songs",
  "clip": {
    "seconds": 30
  },
  "pixels": [
    1,
    1
  ],
  "price_unit": "usd",
  "price_per": "image",
  "price_per_image": 0.06,
  "duration_ms": [
    30000,
    90000
  ]
}

"""#),
        (name: "music-video-1-0.json", text: #"""
{
  "id": "music-video-1-0",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published_contract contract, confidence H; https://reapi.ai/docs/music-video-1-0; https://reapi.ai/models/music-video-1-0.",
    "(choice) The output follows the source (audio_url), whose length the vendor probes server-side: the emulator takes the scenario's source_seconds for that URL, else 30 s.",
    "SKU <resolution> per second of the song (source length); the extra flat SKU is not used.",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "max_length": 3000,
      "required": false
    },
    "aspect_ratio": {
      "type": "string",
      "enum": [
        "1:1",
        "16:9",
        "9:16",
        "4:3",
        "3:4"
      ],
      "default": "16:9"
    },
    "resolution": {
      "type": "string",
      "enum": [
        "540P",
        "720P",
        "1080P"
      ],
      "default": "540P"
    },
    "name": {
      "type": "string",
      "max_length": 200
    },
    "add_subtitle": {
      "type": "boolean",
      "default": false
    },
    "subtitle_color": {
      "type": "string",
      "default": "#FFFFFF"
    },
    "audio_url": {
      "type": "string",
      "urls": true,
      "required": true
    },
    "reference_image_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 7,
      "min_items": 1,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    }
  },
  "clip": {
    "source_fields": [
      "audio_url"
    ],
    "seconds": 30
  },
  "pixels_by": [
    "resolution",
    "aspect_ratio"
  ],
  "pixels": {
    "540P": {
      "1:1": [
        540,
        540
      ],
      "16:9": [
        960,
        540
      ],
      "9:16": [
        540,
        960
      ],
      "4:3": [
        720,
        540
      ],
      "3:4": [
        540,
        720
      ]
    },
    "720P": {
      "1:1": [
        720,
        720
      ],
      "16:9": [
        1280,
        720
      ],
      "9:16": [
        720,
        1280
      ],
      "4:3": [
        960,
        720
      ],
      "3:4": [
        720,
        960
      ]
    },
    "1080P": {
      "1:1": [
        1080,
        1080
      ],
      "16:9": [
        1920,
        1080
      ],
      "9:16": [
        1080,
        1920
      ],
      "4:3": [
        1440,
        1080
      ],
      "3:4": [
        1080,
        1440
      ]
    }
  },
  "price_unit": "usd",
  "price_per": "second",
  "price_by": [
    "resolution"
  ],
  "price_per_image": {
    "540P": 0.05,
    "720P": 0.08,
    "1080P": 0.15
  },
  "duration_by": [
    "resolution"
  ],
  "duration_ms": {
    "540P": [
      40000,
      80000
    ],
    "720P": [
      60000,
      120000
    ],
    "1080P": [
      90000,
      180000
    ]
  }
}

"""#),
        (name: "nano-banana-2-lite.json", text: #"""
{
  "id": "nano-banana-2-lite",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "format": "png",
  "url_ttl_seconds": 86400,
  "notes": [
    "Published input schema (reapi.ai/models/nano-banana-2-lite, snapshot of 2026-07-23): field names, types, enums, defaults, limits, reference media and price SKUs.",
    "(choice) Pixels: Google documents 1K only for Gemini 3.1 Flash-Lite Image, with no table; the cells are Gemini 3.1 Flash Image's 1K column; auto renders 1:1.",
    "One image per request (no n field). (choice) PNG, 24-hour URLs, duration 3-10 s."
  ],
  "fields": {
    "prompt": {"type": "prompt", "max_length": 20000},
    "aspect_ratio": {
      "type": "string",
      "default": "auto",
      "enum": [
        "1:1",
        "1:4",
        "1:8",
        "2:3",
        "3:2",
        "3:4",
        "4:1",
        "4:3",
        "4:5",
        "5:4",
        "8:1",
        "9:16",
        "16:9",
        "21:9",
        "auto"
      ]
    },
    "image_urls": {
      "type": "string_array",
      "max_items": 10,
      "urls": true,
      "messages": {
        "data_uri": "image URL must be a public http(s) URL — data: URIs are rejected",
        "not_http": "image URL must be a public http(s) URL (got \"{value}\")"
      }
    }
  },
  "pixels_by": ["aspect_ratio"],
  "pixels_treat_as": {"aspect_ratio": {"auto": "1:1"}},
  "pixels": {
    "1:1": [1024, 1024],
    "2:3": [848, 1264],
    "3:2": [1264, 848],
    "3:4": [896, 1200],
    "4:3": [1200, 896],
    "4:5": [928, 1152],
    "5:4": [1152, 928],
    "9:16": [768, 1376],
    "16:9": [1376, 768],
    "21:9": [1584, 672],
    "1:4": [512, 2048],
    "4:1": [2048, 512],
    "1:8": [384, 3072],
    "8:1": [3072, 384]
  },
  "price_unit": "usd",
  "price_per_image": 0.02,
  "duration_ms": [3000, 10000]
}

"""#),
        (name: "pixverse-v6.json", text: #"""
{
  "id": "pixverse-v6",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published_contract contract, confidence M; https://reapi.ai/models/pixverse-v6.",
    "SKU <resolution>:audio|no-audio by audio.",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "max_length": 5000,
      "min_length": 1,
      "required": true
    },
    "resolution": {
      "type": "string",
      "enum": [
        "360p",
        "540p",
        "720p",
        "1080p"
      ],
      "default": "540p"
    },
    "duration": {
      "type": "integer",
      "enum": [
        "1",
        "2",
        "3",
        "4",
        "5",
        "6",
        "7",
        "8",
        "9",
        "10",
        "11",
        "12",
        "13",
        "14",
        "15"
      ],
      "default": 5
    },
    "size": {
      "type": "string",
      "enum": [
        "16:9",
        "4:3",
        "1:1",
        "3:4",
        "9:16",
        "2:3",
        "3:2",
        "21:9"
      ],
      "default": "16:9"
    },
    "seed": {
      "type": "integer",
      "min": 0,
      "max": 2147483647
    },
    "negative_prompt": {
      "type": "string",
      "max_length": 2048
    },
    "audio": {
      "type": "boolean",
      "default": false
    },
    "watermark": {
      "type": "boolean",
      "default": false
    },
    "motion_mode": {
      "type": "string",
      "enum": [
        "normal"
      ],
      "default": "normal"
    },
    "generate_multi_clip_switch": {
      "type": "boolean",
      "default": false
    },
    "extend_from_task_id": {
      "type": "string",
      "min_length": 1
    },
    "image_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 1,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    },
    "first_frame_image": {
      "type": "string",
      "urls": true
    },
    "last_frame_image": {
      "type": "string",
      "urls": true
    },
    "img_references": {
      "type": "string_array",
      "urls": true,
      "max_items": 7,
      "min_items": 1
    }
  },
  "rules": [
    {
      "when": {
        "first_frame_image": {
          "supplied": true
        }
      },
      "require": {
        "last_frame_image": {
          "supplied": true
        }
      },
      "message": "first_frame_image and last_frame_image must be provided together"
    },
    {
      "when": {
        "last_frame_image": {
          "supplied": true
        }
      },
      "require": {
        "first_frame_image": {
          "supplied": true
        }
      },
      "message": "first_frame_image and last_frame_image must be provided together"
    },
    {
      "when": {
        "first_frame_image": {
          "supplied": true
        },
        "last_frame_image": {
          "supplied": true
        }
      },
      "require": {
        "duration": {
          "in": [
            5,
            8
          ]
        }
      },
      "message": "first-last-frame transition supports only 5 or 8 second duration"
    }
  ],
  "seed_field": "seed",
  "clip": {
    "seconds_field": "duration",
    "seconds": 5,
    "audio_fields": [
      "audio"
    ]
  },
  "pixels_by": [
    "resolution",
    "size"
  ],
  "pixels": {
    "360p": {
      "16:9": [
        640,
        360
      ],
      "4:3": [
        480,
        360
      ],
      "1:1": [
        360,
        360
      ],
      "3:4": [
        360,
        480
      ],
      "9:16": [
        360,
        640
      ],
      "2:3": [
        360,
        540
      ],
      "3:2": [
        540,
        360
      ],
      "21:9": [
        840,
        360
      ]
    },
    "540p": {
      "16:9": [
        960,
        540
      ],
      "4:3": [
        720,
        540
      ],
      "1:1": [
        540,
        540
      ],
      "3:4": [
        540,
        720
      ],
      "9:16": [
        540,
        960
      ],
      "2:3": [
        540,
        810
      ],
      "3:2": [
        810,
        540
      ],
      "21:9": [
        1260,
        540
      ]
    },
    "720p": {
      "16:9": [
        1280,
        720
      ],
      "4:3": [
        960,
        720
      ],
      "1:1": [
        720,
        720
      ],
      "3:4": [
        720,
        960
      ],
      "9:16": [
        720,
        1280
      ],
      "2:3": [
        720,
        1080
      ],
      "3:2": [
        1080,
        720
      ],
      "21:9": [
        1680,
        720
      ]
    },
    "1080p": {
      "16:9": [
        1920,
        1080
      ],
      "4:3": [
        1440,
        1080
      ],
      "1:1": [
        1080,
        1080
      ],
      "3:4": [
        1080,
        1440
      ],
      "9:16": [
        1080,
        1920
      ],
      "2:3": [
        1080,
        1620
      ],
      "3:2": [
        1620,
        1080
      ],
      "21:9": [
        2520,
        1080
      ]
    }
  },
  "price_unit": "usd",
  "price_per": "second",
  "price_by": [
    "resolution",
    "with_audio"
  ],
  "price_per_image": {
    "360p": {
      "true": 0.0276,
      "false": 0.0184
    },
    "540p": {
      "true": 0.0368,
      "false": 0.0276
    },
    "720p": {
      "true": 0.046,
      "false": 0.0368
    },
    "1080p": {
      "true": 0.092,
      "false": 0.0736
    }
  },
  "duration_by": [
    "resolution"
  ],
  "duration_ms": {
    "360p": [
      30000,
      60000
    ],
    "540p": [
      40000,
      80000
    ],
    "720p": [
      60000,
      120000
    ],
    "1080p": [
      90000,
      180000
    ]
  }
}

"""#),
        (name: "qwen-image-2.json", text: #"""
{
  "id": "qwen-image-2",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "format": "png",
  "format_field": "output_format",
  "url_ttl_seconds": 86400,
  "seed_field": "seed",
  "notes": [
    "Published input schema (reapi.ai/models/qwen-image-2, snapshot of 2026-07-23): field names, types, enums, defaults, limits, reference media and price SKUs.",
    "image_size 2:3 / 3:2 / 21:9 need image_url (the page's rule, word for word).",
    "Pixels: Alibaba Model Studio's qwen-image-2.0 recommended sizes; (choice) 2:3, 3:2, 21:9 equal-area cells (edit-only ratios).",
    "output_format picks the file format (png default, jpeg). One image per request. URLs: 24 hours (Model Studio).",
    "(choice) image_url must be an http(s) URL (the page has no rule for it); image_urls is refused with a pointer to image_url; duration 10-30 s."
  ],
  "fields": {
    "prompt": {"type": "prompt", "max_length": 800},
    "image_size": {
      "type": "string",
      "default": "16:9",
      "enum": ["1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "16:9", "21:9"]
    },
    "output_format": {"type": "string", "default": "png", "enum": ["png", "jpeg"]},
    "seed": {"type": "integer", "min": -9007199254740991, "max": 9007199254740991},
    "nsfw_checker": {"type": "boolean", "default": true},
    "image_url": {
      "type": "string",
      "urls": true,
      "messages": {
        "data_uri": "image URL must be a public http(s) URL — data: URIs are rejected",
        "not_http": "image URL must be a public http(s) URL (got \"{value}\")"
      }
    },
    "image_urls": {
      "type": "forbidden",
      "messages": {"forbidden": "{model} takes one reference image in image_url, not image_urls"}
    }
  },
  "rules": [
    {
      "when": {"image_size": {"in": ["2:3", "3:2", "21:9"]}},
      "require": {"image_url": {"supplied": true}},
      "message": "image_size values 2:3 / 3:2 / 21:9 are only available for image editing (when image_url is set)"
    }
  ],
  "pixels_by": ["image_size"],
  "pixels": {
    "1:1": [2048, 2048],
    "2:3": [1664, 2496],
    "3:2": [2496, 1664],
    "3:4": [1728, 2368],
    "4:3": [2368, 1728],
    "9:16": [1536, 2688],
    "16:9": [2688, 1536],
    "21:9": [3120, 1344]
  },
  "price_unit": "usd",
  "price_per_image": 0.0308,
  "duration_ms": [10000, 30000]
}

"""#),
        (name: "seedance-2.0-beta.json", text: #"""
{
  "id": "seedance-2.0-beta",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published_contract contract, confidence M; https://reapi.ai/models/seedance-2-0.",
    "(choice) duration has no published default: 5 s.",
    "SKU <resolution>:noVideo|withVideo: withVideo when reference_video_urls is given.",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "max_length": 20000,
      "min_length": 3,
      "required": true
    },
    "generate_audio": {
      "type": "boolean"
    },
    "return_last_frame": {
      "type": "boolean"
    },
    "resolution": {
      "type": "string",
      "enum": [
        "480p",
        "720p",
        "1080p",
        "4k"
      ],
      "default": "720p"
    },
    "aspect_ratio": {
      "type": "string",
      "enum": [
        "1:1",
        "4:3",
        "3:4",
        "16:9",
        "9:16",
        "21:9",
        "adaptive"
      ],
      "default": "16:9"
    },
    "duration": {
      "type": "integer",
      "enum": [
        "4",
        "5",
        "6",
        "7",
        "8",
        "9",
        "10",
        "11",
        "12",
        "13",
        "14",
        "15"
      ],
      "default": 5
    },
    "web_search": {
      "type": "boolean"
    },
    "nsfw_checker": {
      "type": "boolean",
      "default": true
    },
    "reference_audio_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 3
    },
    "first_frame_url": {
      "type": "string",
      "urls": true
    },
    "last_frame_url": {
      "type": "string",
      "urls": true
    },
    "reference_image_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 9,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    },
    "reference_video_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 3
    }
  },
  "rules": [
    {
      "when": {
        "first_frame_url": {
          "supplied": true
        }
      },
      "require": {
        "reference_image_urls": {
          "supplied": false
        },
        "reference_video_urls": {
          "supplied": false
        },
        "reference_audio_urls": {
          "supplied": false
        }
      },
      "message": "frames (first_frame_url / last_frame_url) and reference inputs are mutually exclusive"
    },
    {
      "when": {
        "last_frame_url": {
          "supplied": true
        }
      },
      "require": {
        "reference_image_urls": {
          "supplied": false
        },
        "reference_video_urls": {
          "supplied": false
        },
        "reference_audio_urls": {
          "supplied": false
        }
      },
      "message": "frames (first_frame_url / last_frame_url) and reference inputs are mutually exclusive"
    }
  ],
  "clip": {
    "seconds_field": "duration",
    "seconds": 5,
    "audio_fields": [
      "generate_audio"
    ],
    "last_frame_field": "return_last_frame"
  },
  "pixels_by": [
    "resolution",
    "aspect_ratio"
  ],
  "pixels": {
    "480p": {
      "1:1": [
        480,
        480
      ],
      "4:3": [
        640,
        480
      ],
      "3:4": [
        480,
        640
      ],
      "16:9": [
        854,
        480
      ],
      "9:16": [
        480,
        854
      ],
      "21:9": [
        1120,
        480
      ],
      "adaptive": [
        854,
        480
      ]
    },
    "720p": {
      "1:1": [
        720,
        720
      ],
      "4:3": [
        960,
        720
      ],
      "3:4": [
        720,
        960
      ],
      "16:9": [
        1280,
        720
      ],
      "9:16": [
        720,
        1280
      ],
      "21:9": [
        1680,
        720
      ],
      "adaptive": [
        1280,
        720
      ]
    },
    "1080p": {
      "1:1": [
        1080,
        1080
      ],
      "4:3": [
        1440,
        1080
      ],
      "3:4": [
        1080,
        1440
      ],
      "16:9": [
        1920,
        1080
      ],
      "9:16": [
        1080,
        1920
      ],
      "21:9": [
        2520,
        1080
      ],
      "adaptive": [
        1920,
        1080
      ]
    },
    "4k": {
      "1:1": [
        2160,
        2160
      ],
      "4:3": [
        2880,
        2160
      ],
      "3:4": [
        2160,
        2880
      ],
      "16:9": [
        3840,
        2160
      ],
      "9:16": [
        2160,
        3840
      ],
      "21:9": [
        5040,
        2160
      ],
      "adaptive": [
        3840,
        2160
      ]
    }
  },
  "price_unit": "usd",
  "price_per": "second",
  "price_by": [
    "resolution",
    "supplied(reference_video_urls)"
  ],
  "price_per_image": {
    "480p": {
      "false": 0.095,
      "true": 0.0575
    },
    "720p": {
      "false": 0.205,
      "true": 0.125
    },
    "1080p": {
      "false": 0.51,
      "true": 0.31
    },
    "4k": {
      "false": 1.04,
      "true": 0.64
    }
  },
  "duration_by": [
    "resolution"
  ],
  "duration_ms": {
    "480p": [
      40000,
      80000
    ],
    "720p": [
      60000,
      120000
    ],
    "1080p": [
      90000,
      180000
    ],
    "4k": [
      180000,
      360000
    ]
  }
}

"""#),
        (name: "seedance-2.0-fast-beta.json", text: #"""
{
  "id": "seedance-2.0-fast-beta",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published_contract contract, confidence M; https://reapi.ai/models/seedance-2-0.",
    "(choice) duration has no published default: 5 s.",
    "SKU <resolution>:noVideo|withVideo: withVideo when reference_video_urls is given.",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "max_length": 20000,
      "min_length": 3,
      "required": true
    },
    "generate_audio": {
      "type": "boolean"
    },
    "return_last_frame": {
      "type": "boolean"
    },
    "resolution": {
      "type": "string",
      "enum": [
        "480p",
        "720p",
        "1080p",
        "4k"
      ],
      "default": "720p"
    },
    "aspect_ratio": {
      "type": "string",
      "enum": [
        "1:1",
        "4:3",
        "3:4",
        "16:9",
        "9:16",
        "21:9",
        "adaptive"
      ],
      "default": "16:9"
    },
    "duration": {
      "type": "integer",
      "enum": [
        "4",
        "5",
        "6",
        "7",
        "8",
        "9",
        "10",
        "11",
        "12",
        "13",
        "14",
        "15"
      ],
      "default": 5
    },
    "web_search": {
      "type": "boolean"
    },
    "nsfw_checker": {
      "type": "boolean",
      "default": true
    },
    "reference_audio_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 3
    },
    "first_frame_url": {
      "type": "string",
      "urls": true
    },
    "last_frame_url": {
      "type": "string",
      "urls": true
    },
    "reference_image_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 9,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    },
    "reference_video_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 3
    }
  },
  "rules": [
    {
      "when": {
        "resolution": {
          "in": [
            "1080p"
          ]
        }
      },
      "require": {
        "resolution": {
          "not_in": [
            "1080p"
          ]
        }
      },
      "message": "resolution=1080p is not supported by seedance-2.0-fast-beta"
    },
    {
      "when": {
        "resolution": {
          "in": [
            "4k"
          ]
        }
      },
      "require": {
        "resolution": {
          "not_in": [
            "4k"
          ]
        }
      },
      "message": "resolution=4k is not supported by seedance-2.0-fast-beta"
    },
    {
      "when": {
        "first_frame_url": {
          "supplied": true
        }
      },
      "require": {
        "reference_image_urls": {
          "supplied": false
        },
        "reference_video_urls": {
          "supplied": false
        },
        "reference_audio_urls": {
          "supplied": false
        }
      },
      "message": "frames (first_frame_url / last_frame_url) and reference inputs are mutually exclusive"
    },
    {
      "when": {
        "last_frame_url": {
          "supplied": true
        }
      },
      "require": {
        "reference_image_urls": {
          "supplied": false
        },
        "reference_video_urls": {
          "supplied": false
        },
        "reference_audio_urls": {
          "supplied": false
        }
      },
      "message": "frames (first_frame_url / last_frame_url) and reference inputs are mutually exclusive"
    }
  ],
  "clip": {
    "seconds_field": "duration",
    "seconds": 5,
    "audio_fields": [
      "generate_audio"
    ],
    "last_frame_field": "return_last_frame"
  },
  "pixels_by": [
    "resolution",
    "aspect_ratio"
  ],
  "pixels": {
    "480p": {
      "1:1": [
        480,
        480
      ],
      "4:3": [
        640,
        480
      ],
      "3:4": [
        480,
        640
      ],
      "16:9": [
        854,
        480
      ],
      "9:16": [
        480,
        854
      ],
      "21:9": [
        1120,
        480
      ],
      "adaptive": [
        854,
        480
      ]
    },
    "720p": {
      "1:1": [
        720,
        720
      ],
      "4:3": [
        960,
        720
      ],
      "3:4": [
        720,
        960
      ],
      "16:9": [
        1280,
        720
      ],
      "9:16": [
        720,
        1280
      ],
      "21:9": [
        1680,
        720
      ],
      "adaptive": [
        1280,
        720
      ]
    },
    "1080p": {
      "1:1": [
        1080,
        1080
      ],
      "4:3": [
        1440,
        1080
      ],
      "3:4": [
        1080,
        1440
      ],
      "16:9": [
        1920,
        1080
      ],
      "9:16": [
        1080,
        1920
      ],
      "21:9": [
        2520,
        1080
      ],
      "adaptive": [
        1920,
        1080
      ]
    },
    "4k": {
      "1:1": [
        2160,
        2160
      ],
      "4:3": [
        2880,
        2160
      ],
      "3:4": [
        2160,
        2880
      ],
      "16:9": [
        3840,
        2160
      ],
      "9:16": [
        2160,
        3840
      ],
      "21:9": [
        5040,
        2160
      ],
      "adaptive": [
        3840,
        2160
      ]
    }
  },
  "price_unit": "usd",
  "price_per": "second",
  "price_by": [
    "resolution",
    "supplied(reference_video_urls)"
  ],
  "price_per_image": {
    "480p": {
      "false": 0.0775,
      "true": 0.045
    },
    "720p": {
      "false": 0.165,
      "true": 0.1
    }
  },
  "duration_by": [
    "resolution"
  ],
  "duration_ms": {
    "480p": [
      40000,
      80000
    ],
    "720p": [
      60000,
      120000
    ],
    "1080p": [
      90000,
      180000
    ],
    "4k": [
      180000,
      360000
    ]
  }
}

"""#),
        (name: "seedance-2.0-mini.json", text: #"""
{
  "id": "seedance-2.0-mini",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published_contract contract, confidence H; https://reapi.ai/docs/seedance-2-0-mini; https://reapi.ai/models/seedance-2-0-mini; https://reapi.ai/zh/models/seedance-2-0-mini.",
    "SKU <resolution>:noVideo|withVideo: withVideo when reference_video_urls is given.",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "max_length": 20000,
      "min_length": 3,
      "required": true
    },
    "generate_audio": {
      "type": "boolean",
      "default": false
    },
    "return_last_frame": {
      "type": "boolean"
    },
    "resolution": {
      "type": "string",
      "enum": [
        "480p",
        "720p",
        "1080p",
        "4k"
      ],
      "default": "720p"
    },
    "aspect_ratio": {
      "type": "string",
      "enum": [
        "1:1",
        "4:3",
        "3:4",
        "16:9",
        "9:16",
        "21:9",
        "adaptive"
      ],
      "default": "16:9"
    },
    "duration": {
      "type": "integer",
      "enum": [
        "4",
        "5",
        "6",
        "7",
        "8",
        "9",
        "10",
        "11",
        "12",
        "13",
        "14",
        "15"
      ],
      "default": 5
    },
    "web_search": {
      "type": "boolean",
      "default": false
    },
    "nsfw_checker": {
      "type": "boolean",
      "default": true
    },
    "reference_audio_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 3
    },
    "first_frame_url": {
      "type": "string",
      "urls": true
    },
    "last_frame_url": {
      "type": "string",
      "urls": true
    },
    "reference_image_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 9,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    },
    "reference_video_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 3
    }
  },
  "rules": [
    {
      "when": {
        "resolution": {
          "in": [
            "1080p"
          ]
        }
      },
      "require": {
        "resolution": {
          "not_in": [
            "1080p"
          ]
        }
      },
      "message": "resolution=1080p is not supported by seedance-2.0-mini"
    },
    {
      "when": {
        "resolution": {
          "in": [
            "4k"
          ]
        }
      },
      "require": {
        "resolution": {
          "not_in": [
            "4k"
          ]
        }
      },
      "message": "resolution=4k is not supported by seedance-2.0-mini"
    },
    {
      "when": {
        "first_frame_url": {
          "supplied": true
        }
      },
      "require": {
        "reference_image_urls": {
          "supplied": false
        },
        "reference_video_urls": {
          "supplied": false
        },
        "reference_audio_urls": {
          "supplied": false
        }
      },
      "message": "frames (first_frame_url / last_frame_url) and reference inputs are mutually exclusive"
    },
    {
      "when": {
        "last_frame_url": {
          "supplied": true
        }
      },
      "require": {
        "reference_image_urls": {
          "supplied": false
        },
        "reference_video_urls": {
          "supplied": false
        },
        "reference_audio_urls": {
          "supplied": false
        }
      },
      "message": "frames (first_frame_url / last_frame_url) and reference inputs are mutually exclusive"
    }
  ],
  "clip": {
    "seconds_field": "duration",
    "seconds": 5,
    "audio_fields": [
      "generate_audio"
    ],
    "last_frame_field": "return_last_frame"
  },
  "pixels_by": [
    "resolution",
    "aspect_ratio"
  ],
  "pixels": {
    "480p": {
      "1:1": [
        480,
        480
      ],
      "4:3": [
        640,
        480
      ],
      "3:4": [
        480,
        640
      ],
      "16:9": [
        854,
        480
      ],
      "9:16": [
        480,
        854
      ],
      "21:9": [
        1120,
        480
      ],
      "adaptive": [
        854,
        480
      ]
    },
    "720p": {
      "1:1": [
        720,
        720
      ],
      "4:3": [
        960,
        720
      ],
      "3:4": [
        720,
        960
      ],
      "16:9": [
        1280,
        720
      ],
      "9:16": [
        720,
        1280
      ],
      "21:9": [
        1680,
        720
      ],
      "adaptive": [
        1280,
        720
      ]
    },
    "1080p": {
      "1:1": [
        1080,
        1080
      ],
      "4:3": [
        1440,
        1080
      ],
      "3:4": [
        1080,
        1440
      ],
      "16:9": [
        1920,
        1080
      ],
      "9:16": [
        1080,
        1920
      ],
      "21:9": [
        2520,
        1080
      ],
      "adaptive": [
        1920,
        1080
      ]
    },
    "4k": {
      "1:1": [
        2160,
        2160
      ],
      "4:3": [
        2880,
        2160
      ],
      "3:4": [
        2160,
        2880
      ],
      "16:9": [
        3840,
        2160
      ],
      "9:16": [
        2160,
        3840
      ],
      "21:9": [
        5040,
        2160
      ],
      "adaptive": [
        3840,
        2160
      ]
    }
  },
  "price_unit": "usd",
  "price_per": "second",
  "price_by": [
    "resolution",
    "supplied(reference_video_urls)"
  ],
  "price_per_image": {
    "480p": {
      "false": 0.045125,
      "true": 0.0285
    },
    "720p": {
      "false": 0.097375,
      "true": 0.059375
    }
  },
  "duration_by": [
    "resolution"
  ],
  "duration_ms": {
    "480p": [
      40000,
      80000
    ],
    "720p": [
      60000,
      120000
    ],
    "1080p": [
      90000,
      180000
    ],
    "4k": [
      180000,
      360000
    ]
  }
}

"""#),
        (name: "seedance-2.5.json", text: #"""
{
  "id": "seedance-2.5",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: doc_page_only contract, confidence L; https://reapi.ai/docs/seedance-2-5; https://reapi.ai/models/seedance-2-5.",
    "Preview page only (\"Treat every field as provisional until launch\"), confidence L: (choice) fields from the third-party notes the reference quotes (image_urls up to 30, video_urls up to 10, duration 4-30 default 5, 720p default, size adaptive, generate_audio).",
    "(choice) Price: the third party's $0.072 per second for every request (no row in the pricing table).",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "min_length": 1,
      "required": true
    },
    "duration": {
      "type": "integer",
      "min": 4,
      "max": 30,
      "default": 5
    },
    "resolution": {
      "type": "string",
      "enum": [
        "480p",
        "720p"
      ],
      "default": "720p"
    },
    "size": {
      "type": "string",
      "enum": [
        "16:9",
        "9:16",
        "1:1",
        "4:3",
        "3:4",
        "21:9",
        "adaptive"
      ],
      "default": "adaptive"
    },
    "generate_audio": {
      "type": "boolean"
    },
    "image_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 30
    },
    "video_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 10
    }
  },
  "clip": {
    "seconds_field": "duration",
    "seconds": 5,
    "audio_fields": [
      "generate_audio"
    ]
  },
  "pixels_by": [
    "resolution",
    "size"
  ],
  "pixels": {
    "480p": {
      "16:9": [
        854,
        480
      ],
      "9:16": [
        480,
        854
      ],
      "1:1": [
        480,
        480
      ],
      "4:3": [
        640,
        480
      ],
      "3:4": [
        480,
        640
      ],
      "21:9": [
        1120,
        480
      ],
      "adaptive": [
        854,
        480
      ]
    },
    "720p": {
      "16:9": [
        1280,
        720
      ],
      "9:16": [
        720,
        1280
      ],
      "1:1": [
        720,
        720
      ],
      "4:3": [
        960,
        720
      ],
      "3:4": [
        720,
        960
      ],
      "21:9": [
        1680,
        720
      ],
      "adaptive": [
        1280,
        720
      ]
    }
  },
  "price_unit": "usd",
  "price_per": "second",
  "price_by": [],
  "price_per_image": 0.072,
  "duration_by": [
    "resolution"
  ],
  "duration_ms": {
    "480p": [
      40000,
      80000
    ],
    "720p": [
      60000,
      120000
    ]
  }
}

"""#),
        (name: "suno-add-instrumental.json", text: #"""
{
  "id": "suno-add-instrumental",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "audio",
  "format": "mp3",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published contract of 2026-07 (confidence L: a newer Suno V6 contract is reported by a third party); https://reapi.ai/models/suno, channel add_instrumental.",
    "Price: suno-add-instrumental:flat $0.06 per request",
    "(choice) Two songs of 30 s, as Suno generates two per request: two audio_urls and tracks song_1, song_2 (type song); processing 30-90 s; URLs live 24 hours."
  ],
  "fields": {
    "title": {
      "type": "string",
      "min_length": 1,
      "required": true
    },
    "negativeTags": {
      "type": "string",
      "min_length": 1,
      "required": true
    },
    "tags": {
      "type": "string",
      "min_length": 1,
      "required": true
    },
    "version": {
      "type": "string",
      "enum": [
        "V4_5PLUS",
        "V5",
        "V5_5"
      ],
      "default": "V5"
    },
    "vocalGender": {
      "type": "string",
      "enum": [
        "m",
        "f"
      ]
    },
    "styleWeight": {
      "type": "number",
      "min": 0,
      "max": 1
    },
    "weirdnessConstraint": {
      "type": "number",
      "min": 0,
      "max": 1
    },
    "audioWeight": {
      "type": "number",
      "min": 0,
      "max": 1
    },
    "uploadUrl": {
      "type": "string",
      "urls": true,
      "required": true,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    }
  },
  "tracks": {
    "fixed": [
      {
        "type": "song",
        "label": "song_1"
      },
      {
        "type": "song",
        "label": "song_2"
      }
    ]
  },
  "clip": {
    "seconds": 30
  },
  "pixels": [
    1,
    1
  ],
  "price_unit": "usd",
  "price_per": "request",
  "price_per_image": 0.06,
  "duration_ms": [
    30000,
    90000
  ]
}

"""#),
        (name: "suno-add-vocals.json", text: #"""
{
  "id": "suno-add-vocals",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "audio",
  "format": "mp3",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published contract of 2026-07 (confidence L: a newer Suno V6 contract is reported by a third party); https://reapi.ai/models/suno, channel add_vocals.",
    "Price: suno-add-vocals:flat $0.06 per request",
    "(choice) Two songs of 30 s, as Suno generates two per request: two audio_urls and tracks song_1, song_2 (type song); processing 30-90 s; URLs live 24 hours."
  ],
  "fields": {
    "prompt": {
      "type": "string",
      "min_length": 1,
      "default": "A dreamy synthwave track about driving through a neon city at midnight",
      "required": true
    },
    "title": {
      "type": "string",
      "min_length": 1,
      "required": true
    },
    "negativeTags": {
      "type": "string",
      "min_length": 1,
      "required": true
    },
    "style": {
      "type": "string",
      "min_length": 1,
      "required": true
    },
    "version": {
      "type": "string",
      "enum": [
        "V4_5PLUS",
        "V5",
        "V5_5"
      ],
      "default": "V5"
    },
    "vocalGender": {
      "type": "string",
      "enum": [
        "m",
        "f"
      ]
    },
    "styleWeight": {
      "type": "number",
      "min": 0,
      "max": 1
    },
    "weirdnessConstraint": {
      "type": "number",
      "min": 0,
      "max": 1
    },
    "audioWeight": {
      "type": "number",
      "min": 0,
      "max": 1
    },
    "uploadUrl": {
      "type": "string",
      "urls": true,
      "required": true,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    }
  },
  "tracks": {
    "fixed": [
      {
        "type": "song",
        "label": "song_1"
      },
      {
        "type": "song",
        "label": "song_2"
      }
    ]
  },
  "clip": {
    "seconds": 30
  },
  "pixels": [
    1,
    1
  ],
  "price_unit": "usd",
  "price_per": "request",
  "price_per_image": 0.06,
  "duration_ms": [
    30000,
    90000
  ]
}

"""#),
        (name: "suno-cover-image.json", text: #"""
{
  "id": "suno-cover-image",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "audio",
  "format": "mp3",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published contract of 2026-07 (confidence L: a newer Suno V6 contract is reported by a third party); https://reapi.ai/models/suno, channel cover_image.",
    "Price: suno-cover-image:flat $0.001 per request",
    "(choice) taskId must name a completed task of a song-making suno model of the same API key.",
    "(choice) The artefact of this operation is not documented: one audio result of 30 s, track label cover_image (type result); processing 5-20 s; URLs live 24 hours."
  ],
  "fields": {
    "taskId": {
      "type": "string",
      "min_length": 1,
      "required": true
    }
  },
  "follows": {
    "task_field": "taskId",
    "parents": [
      "suno-music",
      "suno-extend",
      "suno-upload-cover",
      "suno-upload-extend",
      "suno-add-instrumental",
      "suno-add-vocals",
      "suno-mashup",
      "suno-replace-section",
      "suno-sounds"
    ]
  },
  "tracks": {
    "fixed": [
      {
        "type": "result",
        "label": "cover_image"
      }
    ]
  },
  "clip": {
    "seconds": 30
  },
  "pixels": [
    1,
    1
  ],
  "price_unit": "usd",
  "price_per": "request",
  "price_per_image": 0.001,
  "duration_ms": [
    5000,
    20000
  ]
}

"""#),
        (name: "suno-extend.json", text: #"""
{
  "id": "suno-extend",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "audio",
  "format": "mp3",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published contract of 2026-07 (confidence L: a newer Suno V6 contract is reported by a third party); https://reapi.ai/models/suno, channel extend.",
    "Price: suno-extend:flat $0.06 per request",
    "(choice) audioId must name a completed task of a song-making suno model of the same API key (the emulator's audio ids are its task ids).",
    "(choice) Two songs of 30 s, as Suno generates two per request: two audio_urls and tracks song_1, song_2 (type song); processing 30-90 s; URLs live 24 hours."
  ],
  "fields": {
    "defaultParamFlag": {
      "type": "boolean",
      "default": false,
      "required": true
    },
    "audioId": {
      "type": "string",
      "min_length": 1,
      "required": true
    },
    "version": {
      "type": "string",
      "enum": [
        "V4",
        "V4_5",
        "V4_5PLUS",
        "V4_5ALL",
        "V5",
        "V5_5"
      ],
      "default": "V5",
      "required": true
    },
    "prompt": {
      "type": "string",
      "min_length": 1,
      "default": "A dreamy synthwave track about driving through a neon city at midnight"
    },
    "style": {
      "type": "string",
      "min_length": 1
    },
    "title": {
      "type": "string",
      "min_length": 1
    },
    "continueAt": {
      "type": "number",
      "min": 0,
      "exclusive_min": true
    },
    "negativeTags": {
      "type": "string",
      "min_length": 1
    },
    "vocalGender": {
      "type": "string",
      "enum": [
        "m",
        "f"
      ]
    },
    "styleWeight": {
      "type": "number",
      "min": 0,
      "max": 1
    },
    "weirdnessConstraint": {
      "type": "number",
      "min": 0,
      "max": 1
    },
    "audioWeight": {
      "type": "number",
      "min": 0,
      "max": 1
    },
    "personaId": {
      "type": "string",
      "min_length": 1
    },
    "personaModel": {
      "type": "string",
      "enum": [
        "style_persona",
        "voice_persona"
      ]
    }
  },
  "follows": {
    "task_field": "audioId",
    "parents": [
      "suno-music",
      "suno-extend",
      "suno-upload-cover",
      "suno-upload-extend",
      "suno-add-instrumental",
      "suno-add-vocals",
      "suno-mashup",
      "suno-replace-section",
      "suno-sounds"
    ]
  },
  "tracks": {
    "fixed": [
      {
        "type": "song",
        "label": "song_1"
      },
      {
        "type": "song",
        "label": "song_2"
      }
    ]
  },
  "clip": {
    "seconds": 30
  },
  "pixels": [
    1,
    1
  ],
  "price_unit": "usd",
  "price_per": "request",
  "price_per_image": 0.06,
  "duration_ms": [
    30000,
    90000
  ]
}

"""#),
        (name: "suno-lyrics.json", text: #"""
{
  "id": "suno-lyrics",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "audio",
  "format": "mp3",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published contract of 2026-07 (confidence L: a newer Suno V6 contract is reported by a third party); https://reapi.ai/models/suno, channel lyrics.",
    "Price: suno-lyrics:flat $0.002 per request",
    "(choice) The artefact of this operation is not documented: one audio result of 30 s, track label lyrics (type result); processing 5-20 s; URLs live 24 hours."
  ],
  "fields": {
    "prompt": {
      "type": "string",
      "min_length": 1,
      "max_length": 200,
      "default": "A dreamy synthwave track about driving through a neon city at midnight",
      "required": true
    }
  },
  "tracks": {
    "fixed": [
      {
        "type": "result",
        "label": "lyrics"
      }
    ]
  },
  "clip": {
    "seconds": 30
  },
  "pixels": [
    1,
    1
  ],
  "price_unit": "usd",
  "price_per": "request",
  "price_per_image": 0.002,
  "duration_ms": [
    5000,
    20000
  ]
}

"""#),
        (name: "suno-mashup.json", text: #"""
{
  "id": "suno-mashup",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "audio",
  "format": "mp3",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published contract of 2026-07 (confidence L: a newer Suno V6 contract is reported by a third party); https://reapi.ai/models/suno, channel mashup.",
    "Price: suno-mashup:flat $0.06 per request",
    "(choice) Two songs of 30 s, as Suno generates two per request: two audio_urls and tracks song_1, song_2 (type song); processing 30-90 s; URLs live 24 hours."
  ],
  "fields": {
    "customMode": {
      "type": "boolean",
      "default": false,
      "required": true
    },
    "instrumental": {
      "type": "boolean",
      "default": false
    },
    "version": {
      "type": "string",
      "enum": [
        "V4",
        "V4_5",
        "V4_5PLUS",
        "V4_5ALL",
        "V5",
        "V5_5"
      ],
      "default": "V5",
      "required": true
    },
    "prompt": {
      "type": "string",
      "min_length": 1,
      "default": "A dreamy synthwave track about driving through a neon city at midnight"
    },
    "style": {
      "type": "string",
      "min_length": 1
    },
    "title": {
      "type": "string",
      "min_length": 1
    },
    "vocalGender": {
      "type": "string",
      "enum": [
        "m",
        "f"
      ]
    },
    "styleWeight": {
      "type": "number",
      "min": 0,
      "max": 1
    },
    "weirdnessConstraint": {
      "type": "number",
      "min": 0,
      "max": 1
    },
    "audioWeight": {
      "type": "number",
      "min": 0,
      "max": 1
    },
    "uploadUrlList": {
      "type": "string_array",
      "urls": true,
      "min_items": 2,
      "required": true,
      "max_items": 2,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    }
  },
  "tracks": {
    "fixed": [
      {
        "type": "song",
        "label": "song_1"
      },
      {
        "type": "song",
        "label": "song_2"
      }
    ]
  },
  "clip": {
    "seconds": 30
  },
  "pixels": [
    1,
    1
  ],
  "price_unit": "usd",
  "price_per": "request",
  "price_per_image": 0.06,
  "duration_ms": [
    30000,
    90000
  ]
}

"""#),
        (name: "suno-midi.json", text: #"""
{
  "id": "suno-midi",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "audio",
  "format": "mp3",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published contract of 2026-07 (confidence L: a newer Suno V6 contract is reported by a third party); https://reapi.ai/models/suno, channel midi.",
    "Price: suno-midi:flat $0.001 per request",
    "(choice) taskId must name a completed task of a song-making suno model of the same API key.",
    "(choice) The artefact of this operation is not documented: one audio result of 30 s, track label midi (type result); processing 5-20 s; URLs live 24 hours."
  ],
  "fields": {
    "taskId": {
      "type": "string",
      "min_length": 1,
      "required": true
    },
    "audioId": {
      "type": "string",
      "min_length": 1
    }
  },
  "follows": {
    "task_field": "taskId",
    "parents": [
      "suno-music",
      "suno-extend",
      "suno-upload-cover",
      "suno-upload-extend",
      "suno-add-instrumental",
      "suno-add-vocals",
      "suno-mashup",
      "suno-replace-section",
      "suno-sounds"
    ]
  },
  "tracks": {
    "fixed": [
      {
        "type": "result",
        "label": "midi"
      }
    ]
  },
  "clip": {
    "seconds": 30
  },
  "pixels": [
    1,
    1
  ],
  "price_unit": "usd",
  "price_per": "request",
  "price_per_image": 0.001,
  "duration_ms": [
    5000,
    20000
  ]
}

"""#),
        (name: "suno-music-video.json", text: #"""
{
  "id": "suno-music-video",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "audio",
  "format": "mp3",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published contract of 2026-07 (confidence L: a newer Suno V6 contract is reported by a third party); https://reapi.ai/models/suno, channel music_video.",
    "Price: suno-music-video:flat $0.01 per request",
    "(choice) taskId must name a completed task of a song-making suno model of the same API key.",
    "(choice) The artefact of this operation is not documented: one audio result of 30 s, track label music_video (type result); processing 5-20 s; URLs live 24 hours."
  ],
  "fields": {
    "taskId": {
      "type": "string",
      "min_length": 1,
      "required": true
    },
    "audioId": {
      "type": "string",
      "min_length": 1,
      "required": true
    },
    "author": {
      "type": "string",
      "min_length": 1,
      "max_length": 50
    },
    "domainName": {
      "type": "string",
      "min_length": 1,
      "max_length": 50
    }
  },
  "follows": {
    "task_field": "taskId",
    "parents": [
      "suno-music",
      "suno-extend",
      "suno-upload-cover",
      "suno-upload-extend",
      "suno-add-instrumental",
      "suno-add-vocals",
      "suno-mashup",
      "suno-replace-section",
      "suno-sounds"
    ]
  },
  "tracks": {
    "fixed": [
      {
        "type": "result",
        "label": "music_video"
      }
    ]
  },
  "clip": {
    "seconds": 30
  },
  "pixels": [
    1,
    1
  ],
  "price_unit": "usd",
  "price_per": "request",
  "price_per_image": 0.01,
  "duration_ms": [
    5000,
    20000
  ]
}

"""#),
        (name: "suno-music.json", text: #"""
{
  "id": "suno-music",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "audio",
  "format": "mp3",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published contract of 2026-07 (confidence L: a newer Suno V6 contract is reported by a third party); https://reapi.ai/models/suno, channel generate.",
    "Price: suno-music:flat $0.06 per request",
    "(choice) Two songs of 30 s, as Suno generates two per request: two audio_urls and tracks song_1, song_2 (type song); processing 30-90 s; URLs live 24 hours."
  ],
  "fields": {
    "customMode": {
      "type": "boolean",
      "default": false,
      "required": true
    },
    "instrumental": {
      "type": "boolean",
      "default": false,
      "required": true
    },
    "version": {
      "type": "string",
      "enum": [
        "V4",
        "V4_5",
        "V4_5PLUS",
        "V4_5ALL",
        "V5",
        "V5_5"
      ],
      "default": "V5",
      "required": true
    },
    "prompt": {
      "type": "string",
      "min_length": 1,
      "default": "A dreamy synthwave track about driving through a neon city at midnight"
    },
    "style": {
      "type": "string",
      "min_length": 1
    },
    "title": {
      "type": "string",
      "min_length": 1
    },
    "negativeTags": {
      "type": "string",
      "min_length": 1
    },
    "vocalGender": {
      "type": "string",
      "enum": [
        "m",
        "f"
      ]
    },
    "styleWeight": {
      "type": "number",
      "min": 0,
      "max": 1
    },
    "weirdnessConstraint": {
      "type": "number",
      "min": 0,
      "max": 1
    },
    "audioWeight": {
      "type": "number",
      "min": 0,
      "max": 1
    },
    "personaId": {
      "type": "string",
      "min_length": 1
    },
    "personaModel": {
      "type": "string",
      "enum": [
        "style_persona",
        "voice_persona"
      ]
    }
  },
  "tracks": {
    "fixed": [
      {
        "type": "song",
        "label": "song_1"
      },
      {
        "type": "song",
        "label": "song_2"
      }
    ]
  },
  "clip": {
    "seconds": 30
  },
  "pixels": [
    1,
    1
  ],
  "price_unit": "usd",
  "price_per": "request",
  "price_per_image": 0.06,
  "duration_ms": [
    30000,
    90000
  ]
}

"""#),
        (name: "suno-replace-section.json", text: #"""
{
  "id": "suno-replace-section",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "audio",
  "format": "mp3",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published contract of 2026-07 (confidence L: a newer Suno V6 contract is reported by a third party); https://reapi.ai/models/suno, channel replace_section.",
    "Price: suno-replace-section:flat $0.025 per request",
    "(choice) Two songs of 30 s, as Suno generates two per request: two audio_urls and tracks song_1, song_2 (type song); processing 30-90 s; URLs live 24 hours."
  ],
  "fields": {
    "taskId": {
      "type": "string",
      "min_length": 1
    },
    "audioId": {
      "type": "string",
      "min_length": 1
    },
    "version": {
      "type": "string",
      "enum": [
        "V4",
        "V4_5",
        "V4_5PLUS",
        "V4_5ALL",
        "V5",
        "V5_5"
      ],
      "default": "V5"
    },
    "prompt": {
      "type": "string",
      "min_length": 1,
      "default": "A dreamy synthwave track about driving through a neon city at midnight",
      "required": true
    },
    "tags": {
      "type": "string",
      "min_length": 1,
      "required": true
    },
    "title": {
      "type": "string",
      "min_length": 1,
      "required": true
    },
    "negativeTags": {
      "type": "string",
      "min_length": 1
    },
    "infillStartS": {
      "type": "number",
      "min": 0,
      "required": true
    },
    "infillEndS": {
      "type": "number",
      "min": 0,
      "required": true
    },
    "fullLyrics": {
      "type": "string",
      "min_length": 1,
      "required": true
    },
    "uploadUrl": {
      "type": "string",
      "urls": true,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    }
  },
  "rules": [
    {
      "require": {
        "infillEndS": {
          "greater_than": "infillStartS"
        }
      },
      "message": "infillEndS must be greater than infillStartS"
    },
    {
      "require": {
        "infillEndS": {
          "minus": "infillStartS",
          "min": 6,
          "max": 60
        }
      },
      "message": "infillEndS - infillStartS must be between 6 and 60 seconds"
    }
  ],
  "tracks": {
    "fixed": [
      {
        "type": "song",
        "label": "song_1"
      },
      {
        "type": "song",
        "label": "song_2"
      }
    ]
  },
  "clip": {
    "seconds": 30
  },
  "pixels": [
    1,
    1
  ],
  "price_unit": "usd",
  "price_per": "request",
  "price_per_image": 0.025,
  "duration_ms": [
    30000,
    90000
  ]
}

"""#),
        (name: "suno-sounds.json", text: #"""
{
  "id": "suno-sounds",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "audio",
  "format": "mp3",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published contract of 2026-07 (confidence L: a newer Suno V6 contract is reported by a third party); https://reapi.ai/models/suno, channel sounds.",
    "Price: suno-sounds:flat $0.0125 per request",
    "(choice) Two songs of 30 s, as Suno generates two per request: two audio_urls and tracks song_1, song_2 (type song); processing 30-90 s; URLs live 24 hours."
  ],
  "fields": {
    "prompt": {
      "type": "string",
      "min_length": 1,
      "max_length": 500,
      "default": "A dreamy synthwave track about driving through a neon city at midnight",
      "required": true
    },
    "version": {
      "type": "string",
      "enum": [
        "V5",
        "V5_5"
      ],
      "default": "V5",
      "required": true
    },
    "soundLoop": {
      "type": "boolean"
    },
    "soundTempo": {
      "type": "integer",
      "min": 1,
      "max": 300
    },
    "soundKey": {
      "type": "string",
      "enum": [
        "Cm",
        "C#m",
        "Dm",
        "D#m",
        "Em",
        "Fm",
        "F#m",
        "Gm",
        "G#m",
        "Am",
        "A#m",
        "Bm",
        "C",
        "C#",
        "D",
        "D#",
        "E",
        "F",
        "F#",
        "G",
        "G#",
        "A",
        "A#",
        "B"
      ]
    },
    "grabLyrics": {
      "type": "boolean"
    }
  },
  "tracks": {
    "fixed": [
      {
        "type": "song",
        "label": "song_1"
      },
      {
        "type": "song",
        "label": "song_2"
      }
    ]
  },
  "clip": {
    "seconds": 30
  },
  "pixels": [
    1,
    1
  ],
  "price_unit": "usd",
  "price_per": "request",
  "price_per_image": 0.0125,
  "duration_ms": [
    30000,
    90000
  ]
}

"""#),
        (name: "suno-upload-cover.json", text: #"""
{
  "id": "suno-upload-cover",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "audio",
  "format": "mp3",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published contract of 2026-07 (confidence L: a newer Suno V6 contract is reported by a third party); https://reapi.ai/models/suno, channel upload_cover.",
    "Price: suno-upload-cover:flat $0.06 per request",
    "(choice) Two songs of 30 s, as Suno generates two per request: two audio_urls and tracks song_1, song_2 (type song); processing 30-90 s; URLs live 24 hours."
  ],
  "fields": {
    "customMode": {
      "type": "boolean",
      "default": false,
      "required": true
    },
    "instrumental": {
      "type": "boolean",
      "default": false,
      "required": true
    },
    "version": {
      "type": "string",
      "enum": [
        "V4",
        "V4_5",
        "V4_5PLUS",
        "V4_5ALL",
        "V5",
        "V5_5"
      ],
      "default": "V5",
      "required": true
    },
    "prompt": {
      "type": "string",
      "min_length": 1,
      "default": "A dreamy synthwave track about driving through a neon city at midnight"
    },
    "style": {
      "type": "string",
      "min_length": 1
    },
    "title": {
      "type": "string",
      "min_length": 1
    },
    "negativeTags": {
      "type": "string",
      "min_length": 1
    },
    "vocalGender": {
      "type": "string",
      "enum": [
        "m",
        "f"
      ]
    },
    "styleWeight": {
      "type": "number",
      "min": 0,
      "max": 1
    },
    "weirdnessConstraint": {
      "type": "number",
      "min": 0,
      "max": 1
    },
    "audioWeight": {
      "type": "number",
      "min": 0,
      "max": 1
    },
    "personaId": {
      "type": "string",
      "min_length": 1
    },
    "personaModel": {
      "type": "string",
      "enum": [
        "style_persona",
        "voice_persona"
      ]
    },
    "uploadUrl": {
      "type": "string",
      "urls": true,
      "required": true,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    }
  },
  "tracks": {
    "fixed": [
      {
        "type": "song",
        "label": "song_1"
      },
      {
        "type": "song",
        "label": "song_2"
      }
    ]
  },
  "clip": {
    "seconds": 30
  },
  "pixels": [
    1,
    1
  ],
  "price_unit": "usd",
  "price_per": "request",
  "price_per_image": 0.06,
  "duration_ms": [
    30000,
    90000
  ]
}

"""#),
        (name: "suno-upload-extend.json", text: #"""
{
  "id": "suno-upload-extend",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "audio",
  "format": "mp3",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published contract of 2026-07 (confidence L: a newer Suno V6 contract is reported by a third party); https://reapi.ai/models/suno, channel upload_extend.",
    "Price: suno-upload-extend:flat $0.06 per request",
    "(choice) Two songs of 30 s, as Suno generates two per request: two audio_urls and tracks song_1, song_2 (type song); processing 30-90 s; URLs live 24 hours."
  ],
  "fields": {
    "defaultParamFlag": {
      "type": "boolean",
      "default": false,
      "required": true
    },
    "instrumental": {
      "type": "boolean",
      "default": false,
      "required": true
    },
    "continueAt": {
      "type": "number",
      "min": 0,
      "exclusive_min": true
    },
    "version": {
      "type": "string",
      "enum": [
        "V4",
        "V4_5",
        "V4_5PLUS",
        "V4_5ALL",
        "V5",
        "V5_5"
      ],
      "default": "V5",
      "required": true
    },
    "prompt": {
      "type": "string",
      "min_length": 1,
      "default": "A dreamy synthwave track about driving through a neon city at midnight"
    },
    "style": {
      "type": "string",
      "min_length": 1
    },
    "title": {
      "type": "string",
      "min_length": 1
    },
    "negativeTags": {
      "type": "string",
      "min_length": 1
    },
    "vocalGender": {
      "type": "string",
      "enum": [
        "m",
        "f"
      ]
    },
    "styleWeight": {
      "type": "number",
      "min": 0,
      "max": 1
    },
    "weirdnessConstraint": {
      "type": "number",
      "min": 0,
      "max": 1
    },
    "audioWeight": {
      "type": "number",
      "min": 0,
      "max": 1
    },
    "personaId": {
      "type": "string",
      "min_length": 1
    },
    "personaModel": {
      "type": "string",
      "enum": [
        "style_persona",
        "voice_persona"
      ]
    },
    "uploadUrl": {
      "type": "string",
      "urls": true,
      "required": true,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    }
  },
  "tracks": {
    "fixed": [
      {
        "type": "song",
        "label": "song_1"
      },
      {
        "type": "song",
        "label": "song_2"
      }
    ]
  },
  "clip": {
    "seconds": 30
  },
  "pixels": [
    1,
    1
  ],
  "price_unit": "usd",
  "price_per": "request",
  "price_per_image": 0.06,
  "duration_ms": [
    30000,
    90000
  ]
}

"""#),
        (name: "suno-vocal-separation.json", text: #"""
{
  "id": "suno-vocal-separation",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "audio",
  "format": "mp3",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published contract of 2026-07 (confidence L: a newer Suno V6 contract is reported by a third party); https://reapi.ai/models/suno, channel vocal_separation.",
    "Price per request by type: suno-vocal-separation:separate_vocal $0.05, suno-vocal-separation:split_stem $0.25, suno-vocal-separation:split_stem_advanced $0.1.",
    "(choice) taskId must name a completed task of a song-making suno model of the same API key.",
    "(choice) Tracks vocals and instrumental (type stem) of 30 s; processing 10-30 s; URLs live 24 hours."
  ],
  "fields": {
    "taskId": {
      "type": "string",
      "min_length": 1,
      "required": true
    },
    "audioId": {
      "type": "string",
      "min_length": 1,
      "required": true
    },
    "type": {
      "type": "string",
      "enum": [
        "separate_vocal",
        "split_stem",
        "split_stem_advanced"
      ],
      "default": "separate_vocal"
    },
    "stemName": {
      "type": "string",
      "enum": [
        "Lead Vocal",
        "Drum Kit",
        "Kick",
        "Snare",
        "Risers",
        "Bass",
        "Backing Vocals",
        "Piano",
        "Electric Guitar",
        "Percussion",
        "String Section",
        "Synth",
        "Acoustic Guitar",
        "Sound Effects",
        "Synth Pad",
        "Synth Bass",
        "Guitar",
        "Brass Section",
        "Organ",
        "Electronic Drum Kit",
        "Lead Electric Guitar",
        "Synth Keys",
        "Rhythm Electric Guitar",
        "Electric Piano",
        "Upright Bass",
        "Keyboards",
        "Distorted Electric Guitar",
        "Synth Strings",
        "Synth Lead",
        "Woodwinds",
        "Rhythm Acoustic Guitar",
        "Flute",
        "Harp",
        "Tambourine",
        "Trumpet",
        "Arpeggiator",
        "Accordion",
        "Fiddle",
        "Pedal Steel Guitar",
        "Synth Voice",
        "Violin",
        "Digital Piano",
        "Synth Brass",
        "Mandolin",
        "Choir",
        "Banjo",
        "Bells",
        "Clarinet",
        "Tenor Saxophone",
        "Trombone",
        "Shaker",
        "French Horn",
        "Glockenspiel",
        "Electric Bass",
        "Cello",
        "Timpani",
        "Harmonica",
        "Marimba",
        "Vibraphone",
        "Lap Steel Guitar",
        "Saxophone",
        "Orchestra",
        "Horns",
        "Cymbals",
        "Hand Clap",
        "Oboe",
        "Celesta",
        "Congas",
        "Drone",
        "Alto Saxophone",
        "Double Bass",
        "Ukulele",
        "Harpsichord",
        "Baritone Saxophone",
        "Xylophone",
        "Tuba",
        "Bass Guitar",
        "Whistle",
        "Lead Guitar",
        "Rhodes",
        "808",
        "Bongos",
        "Bassoon",
        "Cowbell",
        "Viola",
        "Sitar",
        "Steel Drums",
        "Piccolo",
        "Theremin",
        "Bagpipes",
        "Hi-Hat",
        "Music Box",
        "Melodica",
        "Tabla",
        "Koto",
        "Djembe",
        "Taiko",
        "Didgeridoo"
      ]
    }
  },
  "rules": [
    {
      "when": {
        "type": {
          "in": [
            "split_stem_advanced"
          ]
        }
      },
      "require": {
        "stemName": {
          "supplied": true
        }
      },
      "message": "stemName is required when type is split_stem_advanced",
      "code": "required"
    }
  ],
  "follows": {
    "task_field": "taskId",
    "parents": [
      "suno-music",
      "suno-extend",
      "suno-upload-cover",
      "suno-upload-extend",
      "suno-add-instrumental",
      "suno-add-vocals",
      "suno-mashup",
      "suno-replace-section",
      "suno-sounds"
    ]
  },
  "tracks": {
    "fixed": [
      {
        "type": "stem",
        "label": "vocals"
      },
      {
        "type": "stem",
        "label": "instrumental"
      }
    ]
  },
  "clip": {
    "seconds": 30
  },
  "pixels": [
    1,
    1
  ],
  "price_unit": "usd",
  "price_per": "request",
  "price_by": [
    "type"
  ],
  "price_per_image": {
    "separate_vocal": 0.05,
    "split_stem": 0.25,
    "split_stem_advanced": 0.1
  },
  "duration_ms": [
    10000,
    30000
  ]
}

"""#),
        (name: "suno-voice-generate.json", text: #"""
{
  "id": "suno-voice-generate",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "audio",
  "format": "mp3",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published contract of 2026-07 (confidence L: a newer Suno V6 contract is reported by a third party); https://reapi.ai/models/suno, channel voice_generate.",
    "Price: suno-voice-generate:flat $0.001 per request",
    "(choice) taskId must name a completed task of a song-making suno model of the same API key.",
    "(choice) The artefact of this operation is not documented: one audio result of 30 s, track label voice_generate (type result); processing 5-20 s; URLs live 24 hours."
  ],
  "fields": {
    "taskId": {
      "type": "string",
      "min_length": 1,
      "required": true
    },
    "voiceName": {
      "type": "string",
      "min_length": 1
    },
    "description": {
      "type": "string",
      "min_length": 1
    },
    "style": {
      "type": "string",
      "min_length": 1
    },
    "singerSkillLevel": {
      "type": "string",
      "enum": [
        "beginner",
        "intermediate",
        "advanced",
        "professional"
      ],
      "default": "beginner"
    },
    "verifyUrl": {
      "type": "string",
      "urls": true,
      "required": true,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    }
  },
  "follows": {
    "task_field": "taskId",
    "parents": [
      "suno-music",
      "suno-extend",
      "suno-upload-cover",
      "suno-upload-extend",
      "suno-add-instrumental",
      "suno-add-vocals",
      "suno-mashup",
      "suno-replace-section",
      "suno-sounds"
    ]
  },
  "tracks": {
    "fixed": [
      {
        "type": "result",
        "label": "voice_generate"
      }
    ]
  },
  "clip": {
    "seconds": 30
  },
  "pixels": [
    1,
    1
  ],
  "price_unit": "usd",
  "price_per": "request",
  "price_per_image": 0.001,
  "duration_ms": [
    5000,
    20000
  ]
}

"""#),
        (name: "suno-voice-regenerate.json", text: #"""
{
  "id": "suno-voice-regenerate",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "audio",
  "format": "mp3",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published contract of 2026-07 (confidence L: a newer Suno V6 contract is reported by a third party); https://reapi.ai/models/suno, channel voice_regenerate.",
    "Price: suno-voice-regenerate:flat $0.001 per request",
    "(choice) taskId must name a completed task of a song-making suno model of the same API key.",
    "(choice) The artefact of this operation is not documented: one audio result of 30 s, track label voice_regenerate (type result); processing 5-20 s; URLs live 24 hours."
  ],
  "fields": {
    "taskId": {
      "type": "string",
      "min_length": 1,
      "required": true
    }
  },
  "follows": {
    "task_field": "taskId",
    "parents": [
      "suno-music",
      "suno-extend",
      "suno-upload-cover",
      "suno-upload-extend",
      "suno-add-instrumental",
      "suno-add-vocals",
      "suno-mashup",
      "suno-replace-section",
      "suno-sounds"
    ]
  },
  "tracks": {
    "fixed": [
      {
        "type": "result",
        "label": "voice_regenerate"
      }
    ]
  },
  "clip": {
    "seconds": 30
  },
  "pixels": [
    1,
    1
  ],
  "price_unit": "usd",
  "price_per": "request",
  "price_per_image": 0.001,
  "duration_ms": [
    5000,
    20000
  ]
}

"""#),
        (name: "suno-voice-validate.json", text: #"""
{
  "id": "suno-voice-validate",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "audio",
  "format": "mp3",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published contract of 2026-07 (confidence L: a newer Suno V6 contract is reported by a third party); https://reapi.ai/models/suno, channel voice_validate.",
    "Price: suno-voice-validate:flat $0.001 per request",
    "(choice) The artefact of this operation is not documented: one audio result of 30 s, track label voice_validate (type result); processing 5-20 s; URLs live 24 hours."
  ],
  "fields": {
    "vocalStartS": {
      "type": "integer",
      "min": 0,
      "max": 9007199254740991,
      "required": true
    },
    "vocalEndS": {
      "type": "integer",
      "min": 0,
      "max": 9007199254740991,
      "required": true
    },
    "language": {
      "type": "string",
      "min_length": 1
    },
    "voiceUrl": {
      "type": "string",
      "urls": true,
      "required": true,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    }
  },
  "rules": [
    {
      "require": {
        "vocalEndS": {
          "greater_than": "vocalStartS"
        }
      },
      "message": "vocalEndS must be greater than vocalStartS"
    }
  ],
  "tracks": {
    "fixed": [
      {
        "type": "result",
        "label": "voice_validate"
      }
    ]
  },
  "clip": {
    "seconds": 30
  },
  "pixels": [
    1,
    1
  ],
  "price_unit": "usd",
  "price_per": "request",
  "price_per_image": 0.001,
  "duration_ms": [
    5000,
    20000
  ]
}

"""#),
        (name: "suno-wav.json", text: #"""
{
  "id": "suno-wav",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "audio",
  "format": "wav",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published contract of 2026-07 (confidence L: a newer Suno V6 contract is reported by a third party); https://reapi.ai/models/suno, channel wav.",
    "Price: suno-wav:flat $0.002 per request",
    "(choice) taskId must name a completed task of a song-making suno model of the same API key.",
    "(choice) The artefact of this operation is not documented: one audio result of 30 s, track label wav (type result); processing 5-20 s; URLs live 24 hours."
  ],
  "fields": {
    "taskId": {
      "type": "string",
      "min_length": 1,
      "required": true
    },
    "audioId": {
      "type": "string",
      "min_length": 1,
      "required": true
    }
  },
  "follows": {
    "task_field": "taskId",
    "parents": [
      "suno-music",
      "suno-extend",
      "suno-upload-cover",
      "suno-upload-extend",
      "suno-add-instrumental",
      "suno-add-vocals",
      "suno-mashup",
      "suno-replace-section",
      "suno-sounds"
    ]
  },
  "tracks": {
    "fixed": [
      {
        "type": "result",
        "label": "wav"
      }
    ]
  },
  "clip": {
    "seconds": 30
  },
  "pixels": [
    1,
    1
  ],
  "price_unit": "usd",
  "price_per": "request",
  "price_per_image": 0.002,
  "duration_ms": [
    5000,
    20000
  ]
}

"""#),
        (name: "topaz-video-upscaler.json", text: #"""
{
  "id": "topaz-video-upscaler",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: doc_page_only contract, confidence H; https://reapi.ai/docs/topaz-video-upscaler; https://reapi.ai/models/topaz-video-upscaler.",
    "Doc page only (no published input schema): \"One async endpoint, two parameters: a video_url and an upscale_factor (\\\"1\\\" / \\\"2\\\" / \\\"4\\\")\"; both required (the reference's reading).",
    "(choice) Output pixels: a 960x540 source times upscale_factor (1: 960x540, 2: 1920x1080, 4: 3840x2160).",
    "SKU 1x2x for upscale_factor 1 and 2, 4x for 4 (the reference's reading of the key names).",
    "(choice) upscale_factor has no published default: 1.",
    "(choice) The output follows the source (video_url), whose length the vendor probes server-side: the emulator takes the scenario's source_seconds for that URL, else 10 s.",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "upscale_factor": {
      "type": "string",
      "enum": [
        "1",
        "2",
        "4"
      ],
      "required": true,
      "default": "1"
    },
    "video_url": {
      "type": "string",
      "urls": true,
      "required": true
    }
  },
  "clip": {
    "source_fields": [
      "video_url"
    ],
    "seconds": 10
  },
  "pixels_by": [
    "upscale_factor"
  ],
  "pixels": {
    "1": [
      960,
      540
    ],
    "2": [
      1920,
      1080
    ],
    "4": [
      3840,
      2160
    ]
  },
  "price_unit": "usd",
  "price_per": "second",
  "price_by": [
    "upscale_factor"
  ],
  "price_per_image": {
    "1": 0.044,
    "2": 0.044,
    "4": 0.077
  },
  "duration_by": [
    "upscale_factor"
  ],
  "duration_ms": {
    "1": [
      40000,
      80000
    ],
    "2": [
      90000,
      180000
    ],
    "4": [
      180000,
      360000
    ]
  }
}

"""#),
        (name: "veo3.1-fast-official.json", text: #"""
{
  "id": "veo3.1-fast-official",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published_contract contract, confidence M; https://reapi.ai/docs/veo3-1; https://reapi.ai/models/veo3-1.",
    "SKU per generation (the snapshot's unit; the doc page says per second — the reference's disagreement): 720p_1080p_audio | 720p_1080p_no_audio | 4k_audio; (choice) 4k without audio bills 4k_audio, the only 4k SKU.",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "max_length": 4000,
      "min_length": 1,
      "required": true
    },
    "negative_prompt": {
      "type": "string",
      "max_length": 4000
    },
    "duration": {
      "type": "integer",
      "enum": [
        "4",
        "6",
        "8"
      ],
      "default": 8
    },
    "aspect_ratio": {
      "type": "string",
      "enum": [
        "16:9",
        "9:16"
      ],
      "default": "16:9"
    },
    "resolution": {
      "type": "string",
      "enum": [
        "720p",
        "1080p",
        "4k"
      ],
      "default": "720p"
    },
    "seed": {
      "type": "integer",
      "min": 0,
      "max": 4294967295
    },
    "sample_count": {
      "type": "integer",
      "enum": [
        "1",
        "2",
        "3",
        "4"
      ],
      "default": 1,
      "min": 1,
      "max": 4
    },
    "generate_audio": {
      "type": "boolean",
      "default": false
    },
    "person_generation": {
      "type": "string",
      "enum": [
        "disallow"
      ]
    },
    "resize_mode": {
      "type": "string",
      "enum": [
        "pad",
        "crop"
      ],
      "default": "pad"
    },
    "enhance_prompt": {
      "type": "boolean",
      "default": true
    },
    "first_frame_image": {
      "type": "string",
      "urls": true
    },
    "last_frame_image": {
      "type": "string",
      "urls": true
    }
  },
  "rules": [
    {
      "when": {
        "last_frame_image": {
          "supplied": true
        }
      },
      "require": {
        "first_frame_image": {
          "supplied": true
        }
      },
      "message": "last_frame_image requires first_frame_image"
    }
  ],
  "image_count_field": "sample_count",
  "seed_field": "seed",
  "clip": {
    "seconds_field": "duration",
    "seconds": 8,
    "audio_fields": [
      "generate_audio"
    ]
  },
  "pixels_by": [
    "resolution",
    "aspect_ratio"
  ],
  "pixels": {
    "720p": {
      "16:9": [
        1280,
        720
      ],
      "9:16": [
        720,
        1280
      ]
    },
    "1080p": {
      "16:9": [
        1920,
        1080
      ],
      "9:16": [
        1080,
        1920
      ]
    },
    "4k": {
      "16:9": [
        3840,
        2160
      ],
      "9:16": [
        2160,
        3840
      ]
    }
  },
  "price_unit": "usd",
  "price_by": [
    "resolution",
    "with_audio"
  ],
  "price_per_image": {
    "720p": {
      "true": 0.138,
      "false": 0.092
    },
    "1080p": {
      "true": 0.138,
      "false": 0.092
    },
    "4k": {
      "true": 0.322,
      "false": 0.322
    }
  },
  "duration_by": [
    "resolution"
  ],
  "duration_ms": {
    "720p": [
      60000,
      120000
    ],
    "1080p": [
      90000,
      180000
    ],
    "4k": [
      180000,
      360000
    ]
  }
}

"""#),
        (name: "veo3.1-fast.json", text: #"""
{
  "id": "veo3.1-fast",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published_contract contract, confidence H; https://reapi.ai/docs/veo3-1; https://reapi.ai/models/veo3-1.",
    "The shared rule \"veo3.1-quality does not support generation_type=reference\" is not applied here (the reference reads it as veo3.1-quality's only).",
    "SKU 720p_1080p | 4k per generation (the snapshot's unit).",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "max_length": 4000,
      "min_length": 1,
      "required": true
    },
    "duration": {
      "type": "integer",
      "enum": [
        "8"
      ],
      "default": 8
    },
    "aspect_ratio": {
      "type": "string",
      "enum": [
        "16:9",
        "9:16"
      ],
      "default": "16:9"
    },
    "resolution": {
      "type": "string",
      "enum": [
        "720p",
        "1080p",
        "4k"
      ],
      "default": "720p"
    },
    "enable_gif": {
      "type": "boolean",
      "default": false
    },
    "generation_type": {
      "type": "string",
      "enum": [
        "frame",
        "reference"
      ]
    },
    "image_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 3,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    }
  },
  "rules": [
    {
      "when": {
        "enable_gif": {
          "in": [
            true
          ]
        }
      },
      "require": {
        "resolution": {
          "in": [
            "720p"
          ]
        }
      },
      "message": "enable_gif cannot be combined with resolution 1080p or 4k"
    }
  ],
  "clip": {
    "seconds_field": "duration",
    "seconds": 8
  },
  "pixels_by": [
    "resolution",
    "aspect_ratio"
  ],
  "pixels": {
    "720p": {
      "16:9": [
        1280,
        720
      ],
      "9:16": [
        720,
        1280
      ]
    },
    "1080p": {
      "16:9": [
        1920,
        1080
      ],
      "9:16": [
        1080,
        1920
      ]
    },
    "4k": {
      "16:9": [
        3840,
        2160
      ],
      "9:16": [
        2160,
        3840
      ]
    }
  },
  "price_unit": "usd",
  "price_by": [
    "resolution"
  ],
  "price_per_image": {
    "720p": 0.189,
    "1080p": 0.189,
    "4k": 0.66
  },
  "duration_by": [
    "resolution"
  ],
  "duration_ms": {
    "720p": [
      60000,
      120000
    ],
    "1080p": [
      90000,
      180000
    ],
    "4k": [
      180000,
      360000
    ]
  }
}

"""#),
        (name: "veo3.1-lite.json", text: #"""
{
  "id": "veo3.1-lite",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published_contract contract, confidence H; https://reapi.ai/docs/veo3-1; https://reapi.ai/models/veo3-1.",
    "SKU 720p_1080p | 4k per generation (the snapshot's unit).",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "max_length": 4000,
      "min_length": 1,
      "required": true
    },
    "duration": {
      "type": "integer",
      "enum": [
        "8"
      ],
      "default": 8
    },
    "aspect_ratio": {
      "type": "string",
      "enum": [
        "16:9",
        "9:16"
      ],
      "default": "16:9"
    },
    "resolution": {
      "type": "string",
      "enum": [
        "720p",
        "1080p",
        "4k"
      ],
      "default": "720p"
    },
    "enable_gif": {
      "type": "boolean",
      "default": false
    }
  },
  "rules": [
    {
      "when": {
        "enable_gif": {
          "in": [
            true
          ]
        }
      },
      "require": {
        "resolution": {
          "in": [
            "720p"
          ]
        }
      },
      "message": "enable_gif cannot be combined with resolution 1080p or 4k"
    }
  ],
  "clip": {
    "seconds_field": "duration",
    "seconds": 8
  },
  "pixels_by": [
    "resolution",
    "aspect_ratio"
  ],
  "pixels": {
    "720p": {
      "16:9": [
        1280,
        720
      ],
      "9:16": [
        720,
        1280
      ]
    },
    "1080p": {
      "16:9": [
        1920,
        1080
      ],
      "9:16": [
        1080,
        1920
      ]
    },
    "4k": {
      "16:9": [
        3840,
        2160
      ],
      "9:16": [
        2160,
        3840
      ]
    }
  },
  "price_unit": "usd",
  "price_by": [
    "resolution"
  ],
  "price_per_image": {
    "720p": 0.1575,
    "1080p": 0.1575,
    "4k": 0.6
  },
  "duration_by": [
    "resolution"
  ],
  "duration_ms": {
    "720p": [
      60000,
      120000
    ],
    "1080p": [
      90000,
      180000
    ],
    "4k": [
      180000,
      360000
    ]
  }
}

"""#),
        (name: "veo3.1-quality-official.json", text: #"""
{
  "id": "veo3.1-quality-official",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published_contract contract, confidence M; https://reapi.ai/docs/veo3-1; https://reapi.ai/models/veo3-1.",
    "SKU per generation (the snapshot's unit; the doc page says per second — the reference's disagreement): 720p_1080p_audio | 720p_1080p_no_audio | 4k_audio; (choice) 4k without audio bills 4k_audio, the only 4k SKU.",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "max_length": 4000,
      "min_length": 1,
      "required": true
    },
    "negative_prompt": {
      "type": "string",
      "max_length": 4000
    },
    "duration": {
      "type": "integer",
      "enum": [
        "4",
        "6",
        "8"
      ],
      "default": 8
    },
    "aspect_ratio": {
      "type": "string",
      "enum": [
        "16:9",
        "9:16"
      ],
      "default": "16:9"
    },
    "resolution": {
      "type": "string",
      "enum": [
        "720p",
        "1080p",
        "4k"
      ],
      "default": "720p"
    },
    "seed": {
      "type": "integer",
      "min": 0,
      "max": 4294967295
    },
    "sample_count": {
      "type": "integer",
      "enum": [
        "1",
        "2",
        "3",
        "4"
      ],
      "default": 1,
      "min": 1,
      "max": 4
    },
    "generate_audio": {
      "type": "boolean",
      "default": false
    },
    "person_generation": {
      "type": "string",
      "enum": [
        "disallow"
      ]
    },
    "resize_mode": {
      "type": "string",
      "enum": [
        "pad",
        "crop"
      ],
      "default": "pad"
    },
    "enhance_prompt": {
      "type": "boolean",
      "default": true
    },
    "first_frame_image": {
      "type": "string",
      "urls": true
    },
    "last_frame_image": {
      "type": "string",
      "urls": true
    }
  },
  "rules": [
    {
      "when": {
        "last_frame_image": {
          "supplied": true
        }
      },
      "require": {
        "first_frame_image": {
          "supplied": true
        }
      },
      "message": "last_frame_image requires first_frame_image"
    }
  ],
  "image_count_field": "sample_count",
  "seed_field": "seed",
  "clip": {
    "seconds_field": "duration",
    "seconds": 8,
    "audio_fields": [
      "generate_audio"
    ]
  },
  "pixels_by": [
    "resolution",
    "aspect_ratio"
  ],
  "pixels": {
    "720p": {
      "16:9": [
        1280,
        720
      ],
      "9:16": [
        720,
        1280
      ]
    },
    "1080p": {
      "16:9": [
        1920,
        1080
      ],
      "9:16": [
        1080,
        1920
      ]
    },
    "4k": {
      "16:9": [
        3840,
        2160
      ],
      "9:16": [
        2160,
        3840
      ]
    }
  },
  "price_unit": "usd",
  "price_by": [
    "resolution",
    "with_audio"
  ],
  "price_per_image": {
    "720p": {
      "true": 0.368,
      "false": 0.184
    },
    "1080p": {
      "true": 0.368,
      "false": 0.184
    },
    "4k": {
      "true": 0.552,
      "false": 0.552
    }
  },
  "duration_by": [
    "resolution"
  ],
  "duration_ms": {
    "720p": [
      60000,
      120000
    ],
    "1080p": [
      90000,
      180000
    ],
    "4k": [
      180000,
      360000
    ]
  }
}

"""#),
        (name: "veo3.1-quality.json", text: #"""
{
  "id": "veo3.1-quality",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published_contract contract, confidence H; https://reapi.ai/docs/veo3-1; https://reapi.ai/models/veo3-1.",
    "(choice) generation_type accepts \"reference\" in its enum so that the extracted rule \"veo3.1-quality does not support generation_type=reference\" answers it (the reference: the enum check and the rule overlap; which wins is not documented).",
    "SKU 720p_1080p | 4k per generation (the snapshot's unit).",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "max_length": 4000,
      "min_length": 1,
      "required": true
    },
    "duration": {
      "type": "integer",
      "enum": [
        "8"
      ],
      "default": 8
    },
    "aspect_ratio": {
      "type": "string",
      "enum": [
        "16:9",
        "9:16"
      ],
      "default": "16:9"
    },
    "resolution": {
      "type": "string",
      "enum": [
        "720p",
        "1080p",
        "4k"
      ],
      "default": "720p"
    },
    "enable_gif": {
      "type": "boolean",
      "default": false
    },
    "generation_type": {
      "type": "string",
      "enum": [
        "frame",
        "reference"
      ]
    },
    "image_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 3,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    }
  },
  "rules": [
    {
      "when": {
        "enable_gif": {
          "in": [
            true
          ]
        }
      },
      "require": {
        "resolution": {
          "in": [
            "720p"
          ]
        }
      },
      "message": "enable_gif cannot be combined with resolution 1080p or 4k"
    },
    {
      "when": {
        "generation_type": {
          "in": [
            "reference"
          ]
        }
      },
      "require": {
        "generation_type": {
          "not_in": [
            "reference"
          ]
        }
      },
      "message": "veo3.1-quality does not support generation_type=reference"
    }
  ],
  "clip": {
    "seconds_field": "duration",
    "seconds": 8
  },
  "pixels_by": [
    "resolution",
    "aspect_ratio"
  ],
  "pixels": {
    "720p": {
      "16:9": [
        1280,
        720
      ],
      "9:16": [
        720,
        1280
      ]
    },
    "1080p": {
      "16:9": [
        1920,
        1080
      ],
      "9:16": [
        1080,
        1920
      ]
    },
    "4k": {
      "16:9": [
        3840,
        2160
      ],
      "9:16": [
        2160,
        3840
      ]
    }
  },
  "price_unit": "usd",
  "price_by": [
    "resolution"
  ],
  "price_per_image": {
    "720p": 1.1,
    "1080p": 1.1,
    "4k": 2.208
  },
  "duration_by": [
    "resolution"
  ],
  "duration_ms": {
    "720p": [
      60000,
      120000
    ],
    "1080p": [
      90000,
      180000
    ],
    "4k": [
      180000,
      360000
    ]
  }
}

"""#),
        (name: "viduq3-pro.json", text: #"""
{
  "id": "viduq3-pro",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published_contract contract, confidence M; https://reapi.ai/models/viduq3.",
    "SKU <resolution> per second.",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "max_length": 2000,
      "required": false
    },
    "duration": {
      "type": "integer",
      "enum": [
        "1",
        "2",
        "3",
        "4",
        "5",
        "6",
        "7",
        "8",
        "9",
        "10",
        "11",
        "12",
        "13",
        "14",
        "15",
        "16"
      ],
      "default": 5
    },
    "resolution": {
      "type": "string",
      "enum": [
        "540p",
        "720p",
        "1080p"
      ],
      "default": "720p"
    },
    "aspect_ratio": {
      "type": "string",
      "enum": [
        "16:9",
        "9:16",
        "4:3",
        "3:4",
        "1:1"
      ],
      "default": "16:9"
    },
    "audio": {
      "type": "boolean",
      "default": true
    },
    "seed": {
      "type": "integer",
      "min": -1,
      "max": 4294967295
    },
    "image_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 2,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    }
  },
  "rules": [
    {
      "when": {
        "image_urls": {
          "supplied": false
        }
      },
      "require": {
        "prompt": {
          "supplied": true
        }
      },
      "message": "prompt is required when image_urls is empty (text-to-video mode)",
      "code": "required"
    },
    {
      "when": {
        "image_urls": {
          "supplied": true
        }
      },
      "require": {
        "aspect_ratio": {
          "supplied": false
        }
      },
      "message": "aspect_ratio is only allowed in text-to-video mode (omit image_urls)"
    }
  ],
  "seed_field": "seed",
  "clip": {
    "seconds_field": "duration",
    "seconds": 5,
    "audio_fields": [
      "audio"
    ]
  },
  "pixels_by": [
    "resolution",
    "aspect_ratio"
  ],
  "pixels": {
    "540p": {
      "16:9": [
        960,
        540
      ],
      "9:16": [
        540,
        960
      ],
      "4:3": [
        720,
        540
      ],
      "3:4": [
        540,
        720
      ],
      "1:1": [
        540,
        540
      ]
    },
    "720p": {
      "16:9": [
        1280,
        720
      ],
      "9:16": [
        720,
        1280
      ],
      "4:3": [
        960,
        720
      ],
      "3:4": [
        720,
        960
      ],
      "1:1": [
        720,
        720
      ]
    },
    "1080p": {
      "16:9": [
        1920,
        1080
      ],
      "9:16": [
        1080,
        1920
      ],
      "4:3": [
        1440,
        1080
      ],
      "3:4": [
        1080,
        1440
      ],
      "1:1": [
        1080,
        1080
      ]
    }
  },
  "price_unit": "usd",
  "price_per": "second",
  "price_by": [
    "resolution"
  ],
  "price_per_image": {
    "540p": 0.0644,
    "720p": 0.138,
    "1080p": 0.1472
  },
  "duration_by": [
    "resolution"
  ],
  "duration_ms": {
    "540p": [
      40000,
      80000
    ],
    "720p": [
      60000,
      120000
    ],
    "1080p": [
      90000,
      180000
    ]
  }
}

"""#),
        (name: "viduq3-turbo.json", text: #"""
{
  "id": "viduq3-turbo",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published_contract contract, confidence M; https://reapi.ai/models/viduq3.",
    "SKU <resolution> per second.",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "max_length": 2000,
      "required": false
    },
    "duration": {
      "type": "integer",
      "enum": [
        "1",
        "2",
        "3",
        "4",
        "5",
        "6",
        "7",
        "8",
        "9",
        "10",
        "11",
        "12",
        "13",
        "14",
        "15",
        "16"
      ],
      "default": 5
    },
    "resolution": {
      "type": "string",
      "enum": [
        "540p",
        "720p",
        "1080p"
      ],
      "default": "720p"
    },
    "aspect_ratio": {
      "type": "string",
      "enum": [
        "16:9",
        "9:16",
        "4:3",
        "3:4",
        "1:1"
      ],
      "default": "16:9"
    },
    "audio": {
      "type": "boolean",
      "default": true
    },
    "seed": {
      "type": "integer",
      "min": -1,
      "max": 4294967295
    },
    "image_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 2,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    }
  },
  "rules": [
    {
      "when": {
        "image_urls": {
          "supplied": false
        }
      },
      "require": {
        "prompt": {
          "supplied": true
        }
      },
      "message": "prompt is required when image_urls is empty (text-to-video mode)",
      "code": "required"
    },
    {
      "when": {
        "image_urls": {
          "supplied": true
        }
      },
      "require": {
        "aspect_ratio": {
          "supplied": false
        }
      },
      "message": "aspect_ratio is only allowed in text-to-video mode (omit image_urls)"
    }
  ],
  "seed_field": "seed",
  "clip": {
    "seconds_field": "duration",
    "seconds": 5,
    "audio_fields": [
      "audio"
    ]
  },
  "pixels_by": [
    "resolution",
    "aspect_ratio"
  ],
  "pixels": {
    "540p": {
      "16:9": [
        960,
        540
      ],
      "9:16": [
        540,
        960
      ],
      "4:3": [
        720,
        540
      ],
      "3:4": [
        540,
        720
      ],
      "1:1": [
        540,
        540
      ]
    },
    "720p": {
      "16:9": [
        1280,
        720
      ],
      "9:16": [
        720,
        1280
      ],
      "4:3": [
        960,
        720
      ],
      "3:4": [
        720,
        960
      ],
      "1:1": [
        720,
        720
      ]
    },
    "1080p": {
      "16:9": [
        1920,
        1080
      ],
      "9:16": [
        1080,
        1920
      ],
      "4:3": [
        1440,
        1080
      ],
      "3:4": [
        1080,
        1440
      ],
      "1:1": [
        1080,
        1080
      ]
    }
  },
  "price_unit": "usd",
  "price_per": "second",
  "price_by": [
    "resolution"
  ],
  "price_per_image": {
    "540p": 0.0368,
    "720p": 0.0552,
    "1080p": 0.0644
  },
  "duration_by": [
    "resolution"
  ],
  "duration_ms": {
    "540p": [
      40000,
      80000
    ],
    "720p": [
      60000,
      120000
    ],
    "1080p": [
      90000,
      180000
    ]
  }
}

"""#),
        (name: "wan2.7-image-pro.json", text: #"""
{
  "id": "wan2.7-image-pro",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "format": "png",
  "url_ttl_seconds": 86400,
  "image_count_field": "n",
  "seed_field": "seed",
  "notes": [
    "Published input schema (reapi.ai/models/wan-2-7-image, snapshot of 2026-07-23): field names, types, enums, defaults, limits, reference media and price SKUs.",
    "Rules quoted word for word from the page: prompt required without image_urls (20002), n 1-4 or 1-12 with enable_sequential, bbox_list length = image_urls length, 4K only for text-to-image.",
    "(choice) Pixels: Wan 2.7 documents tiers only (1K ~1024x1024, 2K ~2048x2048, 4K 4096x4096); cells are equal-area, multiples of 16.",
    "bbox_list: per reference image up to 2 boxes of 4 integers; color_palette: 3-10 entries {hex, ratio}, both required strings.",
    "(choice) 4K also refused with enable_sequential (the rule's 'group mode').",
    "URLs: 24 hours (Alibaba). (choice) PNG; duration 30-90 s; price per image x n."
  ],
  "fields": {
    "prompt": {"type": "prompt", "required": false, "max_length": 5000},
    "n": {
      "type": "integer",
      "default": 1,
      "min": 1,
      "max": 12,
      "messages": {"range": "n must be 1-4 (or 1-12 when enable_sequential is true)"}
    },
    "size": {"type": "string", "default": "1:1", "enum": ["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"]},
    "resolution": {"type": "string", "default": "2k", "enum": ["1k", "2k", "4k"], "case_insensitive": true},
    "negative_prompt": {"type": "string"},
    "watermark": {"type": "boolean", "default": false},
    "seed": {"type": "integer", "min": 0, "max": 2147483647},
    "thinking_mode": {"type": "boolean", "default": true},
    "enable_sequential": {"type": "boolean", "default": false},
    "bbox_list": {
      "type": "array",
      "items": {
        "type": "array",
        "max_items": 2,
        "items": {
          "type": "array",
          "min_items": 4,
          "max_items": 4,
          "items": {"type": "integer", "min": -9007199254740991, "max": 9007199254740991}
        }
      }
    },
    "color_palette": {
      "type": "array",
      "min_items": 3,
      "max_items": 10,
      "items": {
        "type": "object",
        "fields": {"hex": {"type": "string", "required": true}, "ratio": {"type": "string", "required": true}}
      }
    },
    "image_urls": {
      "type": "string_array",
      "max_items": 9,
      "urls": true,
      "messages": {
        "data_uri": "image URL must be a public http(s) URL — data: URIs are rejected",
        "not_http": "image URL must be a public http(s) URL (got \"{value}\")"
      }
    }
  },
  "rules": [
    {
      "when": {"image_urls": {"supplied": false}},
      "require": {"prompt": {"supplied": true}},
      "code": "required",
      "message": "prompt is required for text-to-image (no image_urls)"
    },
    {
      "when": {"n": {"min": 5}},
      "require": {"enable_sequential": {"in": [true]}},
      "message": "n must be 1-4 (or 1-12 when enable_sequential is true)"
    },
    {
      "when": {"bbox_list": {"supplied": true}},
      "require": {"bbox_list": {"same_count_as": "image_urls"}},
      "message": "bbox_list length must equal image_urls length"
    },
    {
      "when": {"resolution": {"in": ["4k"]}},
      "require": {"image_urls": {"supplied": false}, "enable_sequential": {"in": [false]}},
      "message": "4K is supported for text-to-image only (edit and group modes cap at 2K)"
    }
  ],
  "pixels_by": ["resolution", "size"],
  "pixels": {
    "1k": {
      "1:1": [1024, 1024],
      "16:9": [1360, 768],
      "9:16": [768, 1360],
      "4:3": [1168, 880],
      "3:4": [880, 1168],
      "3:2": [1248, 832],
      "2:3": [832, 1248]
    },
    "2k": {
      "1:1": [2048, 2048],
      "16:9": [2720, 1536],
      "9:16": [1536, 2720],
      "4:3": [2352, 1760],
      "3:4": [1760, 2352],
      "3:2": [2496, 1664],
      "2:3": [1664, 2496]
    },
    "4k": {
      "1:1": [4096, 4096],
      "16:9": [5456, 3072],
      "9:16": [3072, 5456],
      "4:3": [4720, 3536],
      "3:4": [3536, 4720],
      "3:2": [5008, 3344],
      "2:3": [3344, 5008]
    }
  },
  "price_unit": "usd",
  "price_per_image": 0.05984,
  "duration_ms": [30000, 90000]
}

"""#),
        (name: "wan2.7-image.json", text: #"""
{
  "id": "wan2.7-image",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "format": "png",
  "url_ttl_seconds": 86400,
  "image_count_field": "n",
  "seed_field": "seed",
  "notes": [
    "Published input schema (reapi.ai/models/wan-2-7-image, snapshot of 2026-07-23): field names, types, enums, defaults, limits, reference media and price SKUs.",
    "Rules quoted word for word from the page: prompt required without image_urls (20002), n 1-4 or 1-12 with enable_sequential, bbox_list length = image_urls length; the channel offers 1k and 2k only.",
    "(choice) Pixels: Wan 2.7 documents tiers only (1K ~1024x1024, 2K ~2048x2048, 4K 4096x4096); cells are equal-area, multiples of 16.",
    "bbox_list: per reference image up to 2 boxes of 4 integers; color_palette: 3-10 entries {hex, ratio}, both required strings.",
    "(choice) resolution accepted in any case.",
    "URLs: 24 hours (Alibaba). (choice) PNG; duration 15-45 s; price per image x n."
  ],
  "fields": {
    "prompt": {"type": "prompt", "required": false, "max_length": 5000},
    "n": {
      "type": "integer",
      "default": 1,
      "min": 1,
      "max": 12,
      "messages": {"range": "n must be 1-4 (or 1-12 when enable_sequential is true)"}
    },
    "size": {"type": "string", "default": "1:1", "enum": ["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"]},
    "resolution": {"type": "string", "default": "2k", "enum": ["1k", "2k"], "case_insensitive": true},
    "negative_prompt": {"type": "string"},
    "watermark": {"type": "boolean", "default": false},
    "seed": {"type": "integer", "min": 0, "max": 2147483647},
    "thinking_mode": {"type": "boolean", "default": true},
    "enable_sequential": {"type": "boolean", "default": false},
    "bbox_list": {
      "type": "array",
      "items": {
        "type": "array",
        "max_items": 2,
        "items": {
          "type": "array",
          "min_items": 4,
          "max_items": 4,
          "items": {"type": "integer", "min": -9007199254740991, "max": 9007199254740991}
        }
      }
    },
    "color_palette": {
      "type": "array",
      "min_items": 3,
      "max_items": 10,
      "items": {
        "type": "object",
        "fields": {"hex": {"type": "string", "required": true}, "ratio": {"type": "string", "required": true}}
      }
    },
    "image_urls": {
      "type": "string_array",
      "max_items": 9,
      "urls": true,
      "messages": {
        "data_uri": "image URL must be a public http(s) URL — data: URIs are rejected",
        "not_http": "image URL must be a public http(s) URL (got \"{value}\")"
      }
    }
  },
  "rules": [
    {
      "when": {"image_urls": {"supplied": false}},
      "require": {"prompt": {"supplied": true}},
      "code": "required",
      "message": "prompt is required for text-to-image (no image_urls)"
    },
    {
      "when": {"n": {"min": 5}},
      "require": {"enable_sequential": {"in": [true]}},
      "message": "n must be 1-4 (or 1-12 when enable_sequential is true)"
    },
    {
      "when": {"bbox_list": {"supplied": true}},
      "require": {"bbox_list": {"same_count_as": "image_urls"}},
      "message": "bbox_list length must equal image_urls length"
    }
  ],
  "pixels_by": ["resolution", "size"],
  "pixels": {
    "1k": {
      "1:1": [1024, 1024],
      "16:9": [1360, 768],
      "9:16": [768, 1360],
      "4:3": [1168, 880],
      "3:4": [880, 1168],
      "3:2": [1248, 832],
      "2:3": [832, 1248]
    },
    "2k": {
      "1:1": [2048, 2048],
      "16:9": [2720, 1536],
      "9:16": [1536, 2720],
      "4:3": [2352, 1760],
      "3:4": [1760, 2352],
      "3:2": [2496, 1664],
      "2:3": [1664, 2496]
    }
  },
  "price_unit": "usd",
  "price_per_image": 0.02376,
  "duration_ms": [15000, 45000]
}

"""#),
        (name: "wan2.7-video-official.json", text: #"""
{
  "id": "wan2.7-video-official",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published_contract contract, confidence H; https://reapi.ai/models/wan-2-7-video.",
    "(choice) resolution has no published default: 720P.",
    "(choice) ratio has no published default: 16:9.",
    "(choice) duration has no published default: 5 s.",
    "SKU <resolution> per second.",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "max_length": 5000,
      "required": false
    },
    "negative_prompt": {
      "type": "string",
      "max_length": 500
    },
    "ratio": {
      "type": "string",
      "enum": [
        "16:9",
        "9:16",
        "1:1",
        "4:3",
        "3:4"
      ],
      "default": "16:9"
    },
    "resolution": {
      "type": "string",
      "enum": [
        "720P",
        "1080P"
      ],
      "default": "720P"
    },
    "duration": {
      "type": "integer",
      "enum": [
        "0",
        "2",
        "3",
        "4",
        "5",
        "6",
        "7",
        "8",
        "9",
        "10",
        "11",
        "12",
        "13",
        "14",
        "15"
      ],
      "default": 5
    },
    "prompt_extend": {
      "type": "boolean"
    },
    "watermark": {
      "type": "boolean"
    },
    "seed": {
      "type": "integer",
      "min": 0,
      "max": 2147483647
    },
    "audio_setting": {
      "type": "string",
      "enum": [
        "auto",
        "origin"
      ]
    },
    "media": {
      "type": "array",
      "max_items": 8,
      "items": {
        "type": "object",
        "fields": {
          "url": {
            "type": "string",
            "urls": true,
            "required": true,
            "messages": {
              "data_uri": "must be a public http(s) URL",
              "not_http": "must be a public http(s) URL"
            }
          },
          "type": {
            "type": "string",
            "enum": [
              "driving_audio",
              "first_frame",
              "last_frame",
              "reference_image",
              "first_clip",
              "reference_video",
              "video"
            ],
            "required": true
          },
          "reference_voice": {
            "type": "string",
            "urls": true
          }
        }
      }
    },
    "audio_url": {
      "type": "string",
      "urls": true
    }
  },
  "seed_field": "seed",
  "clip": {
    "seconds_field": "duration",
    "seconds": 5,
    "audio_fields": [
      "audio_setting"
    ]
  },
  "pixels_by": [
    "resolution",
    "ratio"
  ],
  "pixels": {
    "720P": {
      "16:9": [
        1280,
        720
      ],
      "9:16": [
        720,
        1280
      ],
      "1:1": [
        720,
        720
      ],
      "4:3": [
        960,
        720
      ],
      "3:4": [
        720,
        960
      ]
    },
    "1080P": {
      "16:9": [
        1920,
        1080
      ],
      "9:16": [
        1080,
        1920
      ],
      "1:1": [
        1080,
        1080
      ],
      "4:3": [
        1440,
        1080
      ],
      "3:4": [
        1080,
        1440
      ]
    }
  },
  "price_unit": "usd",
  "price_per": "second",
  "price_by": [
    "resolution"
  ],
  "price_per_image": {
    "720P": 0.088235,
    "1080P": 0.147059
  },
  "duration_by": [
    "resolution"
  ],
  "duration_ms": {
    "720P": [
      60000,
      120000
    ],
    "1080P": [
      90000,
      180000
    ]
  }
}

"""#),
        (name: "wan2.7-video.json", text: #"""
{
  "id": "wan2.7-video",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: published_contract contract, confidence H; https://reapi.ai/docs/wan-2-7-video; https://reapi.ai/models/wan-2-7-video.",
    "SKU <resolution> per second.",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "max_length": 5000,
      "required": false
    },
    "negative_prompt": {
      "type": "string",
      "max_length": 500
    },
    "audio_setting": {
      "type": "string",
      "enum": [
        "auto",
        "origin"
      ]
    },
    "size": {
      "type": "string",
      "enum": [
        "16:9",
        "9:16",
        "1:1",
        "4:3",
        "3:4"
      ],
      "default": "16:9"
    },
    "resolution": {
      "type": "string",
      "enum": [
        "720P",
        "1080P"
      ],
      "default": "1080P"
    },
    "duration": {
      "type": "integer",
      "enum": [
        "0",
        "2",
        "3",
        "4",
        "5",
        "6",
        "7",
        "8",
        "9",
        "10",
        "11",
        "12",
        "13",
        "14",
        "15"
      ],
      "default": 5
    },
    "prompt_extend": {
      "type": "boolean",
      "default": true
    },
    "watermark": {
      "type": "boolean",
      "default": false
    },
    "seed": {
      "type": "integer",
      "min": 0
    },
    "audio_url": {
      "type": "string",
      "urls": true
    },
    "reference_voice_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 5
    },
    "image_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 4,
      "messages": {
        "data_uri": "must be a public http(s) URL",
        "not_http": "must be a public http(s) URL"
      }
    },
    "image_with_roles": {
      "type": "array",
      "max_items": 2,
      "items": {
        "type": "object",
        "fields": {
          "url": {
            "type": "string",
            "urls": true,
            "required": true
          },
          "role": {
            "type": "string",
            "enum": [
              "first_frame",
              "last_frame"
            ],
            "required": true
          }
        }
      }
    },
    "reference_image_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 5
    },
    "video_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 1
    },
    "reference_video_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 5
    },
    "video_url": {
      "type": "string",
      "urls": true
    }
  },
  "seed_field": "seed",
  "clip": {
    "seconds_field": "duration",
    "seconds": 5,
    "audio_fields": [
      "audio_setting"
    ]
  },
  "pixels_by": [
    "resolution",
    "size"
  ],
  "pixels": {
    "720P": {
      "16:9": [
        1280,
        720
      ],
      "9:16": [
        720,
        1280
      ],
      "1:1": [
        720,
        720
      ],
      "4:3": [
        960,
        720
      ],
      "3:4": [
        720,
        960
      ]
    },
    "1080P": {
      "16:9": [
        1920,
        1080
      ],
      "9:16": [
        1080,
        1920
      ],
      "1:1": [
        1080,
        1080
      ],
      "4:3": [
        1440,
        1080
      ],
      "3:4": [
        1080,
        1440
      ]
    }
  },
  "price_unit": "usd",
  "price_per": "second",
  "price_by": [
    "resolution"
  ],
  "price_per_image": {
    "720P": 0.07304,
    "1080P": 0.12056
  },
  "duration_by": [
    "resolution"
  ],
  "duration_ms": {
    "720P": [
      60000,
      120000
    ],
    "1080P": [
      90000,
      180000
    ]
  }
}

"""#),
        (name: "wan3.0-video.json", text: #"""
{
  "id": "wan3.0-video",
  "provider": "reapi",
  "family": "canonical",
  "id_style": "hex32",
  "aliases": [],
  "media": "video",
  "format": "mp4",
  "url_ttl_seconds": 86400,
  "notes": [
    "Reference: third_party_only contract, confidence L; https://reapi.ai/models/wan-3-0; https://reapi.ai/models/wan-3-0-video-prime.",
    "Third-party evidence only, confidence L: (choice) fields from the forum post and client code the reference quotes (2-30 s, 480P/720P/1080P, audio: true).",
    "(choice) Price: $0.068 per second, from the forum's \"720P 10 s without reference video costs $0.68 (standard)\", at every resolution (no row in the pricing table).",
    "(choice) URLs live 24 hours (not documented by the vendor); task ids task_ + 32 hex; pixel sizes: the short side is the resolution (480p -> 480), the long side follows the ratio (adaptive: 16:9); 24 fps.",
    "(choice) Processing time for a 5 s clip by resolution (scaled with the clip length): 480p 40-80 s, 720p 60-120 s, 1080p 90-180 s, 4k 180-360 s."
  ],
  "fields": {
    "prompt": {
      "type": "prompt",
      "min_length": 1,
      "required": true
    },
    "duration": {
      "type": "integer",
      "min": 2,
      "max": 30,
      "default": 5
    },
    "resolution": {
      "type": "string",
      "enum": [
        "480P",
        "720P",
        "1080P"
      ],
      "default": "720P"
    },
    "size": {
      "type": "string",
      "enum": [
        "16:9",
        "9:16",
        "1:1",
        "4:3",
        "3:4"
      ],
      "default": "16:9"
    },
    "audio": {
      "type": "boolean"
    },
    "image_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 9
    },
    "video_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 3
    },
    "audio_urls": {
      "type": "string_array",
      "urls": true,
      "max_items": 3
    }
  },
  "clip": {
    "seconds_field": "duration",
    "seconds": 5,
    "audio_fields": [
      "audio"
    ]
  },
  "pixels_by": [
    "resolution",
    "size"
  ],
  "pixels": {
    "480P": {
      "16:9": [
        854,
        480
      ],
      "9:16": [
        480,
        854
      ],
      "1:1": [
        480,
        480
      ],
      "4:3": [
        640,
        480
      ],
      "3:4": [
        480,
        640
      ]
    },
    "720P": {
      "16:9": [
        1280,
        720
      ],
      "9:16": [
        720,
        1280
      ],
      "1:1": [
        720,
        720
      ],
      "4:3": [
        960,
        720
      ],
      "3:4": [
        720,
        960
      ]
    },
    "1080P": {
      "16:9": [
        1920,
        1080
      ],
      "9:16": [
        1080,
        1920
      ],
      "1:1": [
        1080,
        1080
      ],
      "4:3": [
        1440,
        1080
      ],
      "3:4": [
        1080,
        1440
      ]
    }
  },
  "price_unit": "usd",
  "price_per": "second",
  "price_by": [],
  "price_per_image": 0.068,
  "duration_by": [
    "resolution"
  ],
  "duration_ms": {
    "480P": [
      40000,
      80000
    ],
    "720P": [
      60000,
      120000
    ],
    "1080P": [
      90000,
      180000
    ]
  }
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
  "notes": [
    "Seed 003: prompt up to 1000 characters; aspect_ratio 1:1|4:3|3:4|16:9|9:16, default 1:1; nsfw_checker boolean, default false; text-to-image only, exactly one image, no size or resolution control.",
    "No n field (the published schema has none, and additionalProperties is false): n is an unknown field. (choice) image_urls, image_url and mask_url (non-null, non-empty) are 20003 with a text-to-image-only message.",
    "(choice) URLs live 24 hours; pixel sizes 1:1 1024x1024, 4:3 1152x864, 3:4 864x1152, 16:9 1280x720, 9:16 720x1280.",
    "Price: public snapshot $0.0044 per image, ceil -> 5 credits.",
    "(choice) Duration 2-6 s (a turbo model; the docs page gives no figure)."
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
