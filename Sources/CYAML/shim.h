// libyaml's parser (Debian: libyaml-dev), for YAMLComposer's event loop.
#include <yaml.h>
