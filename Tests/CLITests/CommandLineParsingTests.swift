@testable import reapi_emulator
import Testing

/// The hand-written command-line parser (Sources/reapi-emulator/CommandLine): which command a
/// command line runs, with which values, and which usage errors it refuses it with.
@Suite("command-line parsing")
struct CommandLineParsingTests {
    func parse(_ arguments: [String]) throws(UsageError) -> Invocation { try Invocation.parse(arguments) }

    func command<C: Command>(_ arguments: [String], as type: C.Type) throws -> C {
        guard case .run(let command) = try parse(arguments) else { throw TestFailure("\(arguments) printed help") }
        return try #require(command as? C, "\(arguments) ran \(Swift.type(of: command))")
    }

    func usageError(_ arguments: [String]) -> UsageError? {
        do {
            _ = try parse(arguments)
            return nil
        } catch {
            return error
        }
    }

    func helpPage(_ arguments: [String]) throws -> String {
        guard case .help(let page) = try parse(arguments) else { throw TestFailure("\(arguments) did not print help") }
        return page
    }

    @Test("--name value and --name=value give the same value; the last one given wins")
    func valueForms() throws {
        let spaced = try command(["record", "--upstream", "http://up.test", "--out", "rec.jsonl", "--port", "9"], as: RecordCommand.self)
        let joined = try command(["record", "--upstream=http://up.test", "--out=rec.jsonl", "--port=9"], as: RecordCommand.self)
        for parsed in [spaced, joined] {
            #expect(parsed.upstream == "http://up.test")
            #expect(parsed.out == "rec.jsonl")
            #expect(parsed.port == 9)
        }
        #expect(try command(["--port", "1", "--port=2"], as: ServeCommand.self).arguments.value(ServeCommand.Options.port) == "2")
        // `=` splits once: the value may hold another one.
        #expect(try command(["openapi", "--public-url=http://h.test/?a=b"], as: OpenAPICommand.self).publicURL == "http://h.test/?a=b")
    }

    @Test("an absent option takes its default; a flag is set by its name")
    func defaultsAndFlags() throws {
        let record = try command(["record", "--upstream", "http://up.test", "--out", "rec.jsonl"], as: RecordCommand.self)
        #expect(record.port == 8080)
        #expect(record.host == "127.0.0.1")
        #expect(record.timeout == 300)
        #expect(record.noFetchMedia == false)
        #expect(try command(["record", "--upstream", "u", "--out", "o", "--no-fetch-media"], as: RecordCommand.self).noFetchMedia)
        let models = try command(["models", "--json"], as: ModelsCommand.self)
        #expect(models.json && models.provider.rawValue == "reapi" && models.scenario == nil)
        #expect(try command(["healthcheck"], as: HealthcheckCommand.self).timeout == 1.5)
    }

    @Test("no command, or a first argument that is an option, runs serve")
    func defaultCommand() throws {
        #expect(try command([], as: ServeCommand.self).arguments.value(ServeCommand.Options.port) == nil)
        let serve = try command(["--port", "0", "--clock", "virtual"], as: ServeCommand.self)
        #expect(serve.arguments.value(ServeCommand.Options.port) == "0")
        #expect(serve.arguments.value(ServeCommand.Options.clock) == "virtual")
        #expect(try command(["serve", "--port", "0"], as: ServeCommand.self).arguments.value(ServeCommand.Options.port) == "0")
    }

    @Test("a value may begin with a dash when it is no option: a negative number or duration")
    func negativeValues() throws {
        let serve = try command(["--time-scale", "-1", "--max-hold", "-1s"], as: ServeCommand.self)
        #expect(serve.arguments.value(ServeCommand.Options.timeScale) == "-1")
        #expect(serve.arguments.value(ServeCommand.Options.maxHold) == "-1s")
        #expect(usageError(["diff", "--seed", "-1", "rec.jsonl"])
            == .invalidValue(option: "seed", value: "-1", expected: "a non-negative integer"))
    }

    @Test("positional arguments, in any place among the options; -- ends the options")
    func positionals() throws {
        #expect(try command(["validate", "a.yaml", "b.yaml"], as: ValidateCommand.self).files == ["a.yaml", "b.yaml"])
        let diff = try command(["diff", "a.jsonl", "--min-score", "90", "b.jsonl"], as: DiffCommand.self)
        #expect(diff.files == ["a.jsonl", "b.jsonl"])
        #expect(diff.minScore == 90)
        #expect(try command(["validate", "--", "--odd-name.yaml", "-h"], as: ValidateCommand.self).files == ["--odd-name.yaml", "-h"])
    }

    @Test("an unknown option is a usage error naming it")
    func unknownOption() {
        #expect(usageError(["--bogus"]) == .unknownOption("--bogus"))
        #expect(usageError(["models", "--bogus=1"]) == .unknownOption("--bogus"))
        #expect(usageError(["serve", "-x"]) == .unknownOption("-x"))
        #expect(usageError(["validate", "a.yaml", "--port", "1"]) == .unknownOption("--port"))
        #expect(UsageError.unknownOption("--bogus").description == "unknown option '--bogus'")
    }

    @Test("an option without its value is a usage error, also when an option follows it")
    func missingValue() {
        #expect(usageError(["--port"]) == .missingValue("--port <port>"))
        #expect(usageError(["--scenario", "--port", "0"]) == .missingValue("--scenario <file>"))
        #expect(usageError(["record", "--upstream", "u", "--out"]) == .missingValue("--out <file>"))
        #expect(usageError(["models", "--json=yes"]) == .unexpectedValue(option: "json", value: "yes"))
    }

    @Test("a required option or argument left out is a usage error; validate with no file is one")
    func missingRequired() {
        #expect(usageError(["validate"]) == .missingArgument("give at least one scenario file"))
        #expect(usageError(["validate", "--"]) == .missingArgument("give at least one scenario file"))
        #expect(usageError(["diff", "--min-score", "50"]) == .missingArgument("give at least one recording"))
        #expect(usageError(["record", "--upstream", "http://up.test"]) == .missingOption("--out <file>"))
        #expect(usageError(["record", "--out", "rec.jsonl"]) == .missingOption("--upstream <url>"))
    }

    @Test("an argument a command does not take, or an unknown command, is a usage error")
    func unexpected() {
        #expect(usageError(["healthcheck", "extra"]) == .unexpectedArgument("extra"))
        #expect(usageError(["--port", "0", "serve"]) == .unexpectedArgument("serve"))
        #expect(usageError(["models", "--", "x"]) == .unexpectedArgument("x"))
        #expect(usageError(["help", "serve", "extra"]) == .unexpectedArgument("extra"))
        let known = ["serve", "validate", "healthcheck", "models", "record", "diff", "openapi"]
        #expect(usageError(["frob"]) == .unknownCommand("frob", known: known))
        #expect(usageError(["help", "frob"]) == .unknownCommand("frob", known: known))
    }

    @Test("values a command checks itself are usage errors with their own words")
    func invalidValues() {
        #expect(usageError(["models", "--provider", "openai"]) == .invalid("--provider must be reapi or apiinone, got openai"))
        #expect(usageError(["healthcheck", "--timeout", "0"])
            == .invalidValue(option: "timeout", value: "0", expected: "a number of seconds > 0, e.g. 1.5"))
        #expect(usageError(["record", "--upstream", "u", "--out", "o", "--port", "70000"])
            == .invalidValue(option: "port", value: "70000", expected: "a port number 0-65535"))
        #expect(usageError(["diff", "--min-score", "101", "r.jsonl"])
            == .invalidValue(option: "min-score", value: "101", expected: "a percentage from 0 to 100"))
        #expect(UsageError.invalidValue(option: "port", value: "x", expected: "a port").description
            == "invalid value \"x\" for --port: expected a port")
    }

    @Test("-h and --help print the page of the program or of the command; help COMMAND does too")
    func help() throws {
        for arguments in [["--help"], ["-h"], ["help"]] {
            let page = try helpPage(arguments)
            #expect(page.hasPrefix("OVERVIEW: An offline, in-memory emulator"))
            #expect(page.contains("USAGE: reapi-emulator [<command>] [<options>]"))
            #expect(page.contains("  serve (default)         Start the emulator (the default command).\n"))
            for name in ["validate", "healthcheck", "models", "record", "diff", "openapi"] { #expect(page.contains("\n  \(name) ")) }
        }
        for arguments in [["serve", "--help"], ["--port", "0", "--help"], ["help", "serve"], ["serve", "-h", "--bogus"]] {
            let page = try helpPage(arguments)
            #expect(page.contains("REAPI_EMULATOR_<OPTION>"))
            #expect(page.contains("  --public-url <url>      Base of the media URLs handed out."))
            #expect(page.contains("USAGE: reapi-emulator serve [<options>]"))
        }
        let validate = try helpPage(["validate", "--help"])
        #expect(validate.contains("USAGE: reapi-emulator validate <file> ...\n"))
        #expect(validate.contains("ARGUMENTS:\n  <file> ...              Scenario files (YAML or JSON).\n"))
        let record = try helpPage(["record", "-h"])
        #expect(record.contains("USAGE: reapi-emulator record --upstream <url> [--port <port>] [--host <host>] --out <file> [--no-fetch-media] [--timeout <seconds>]\n"))
        #expect(record.contains("  --port <port>           Port to listen on; 0 picks a free one. (default: 8080)\n"))
    }

    @Test("help pages wrap at 80 columns (the usage line aside) and every command's names are unique")
    func helpLayout() throws {
        for type in ReAPIEmulatorCommand.commands {
            let names = type.spec.options.map(\.name)
            #expect(Set(names).count == names.count, "\(type.spec.name) declares an option twice")
            #expect(!names.contains("help"))
            let page = try helpPage([type.spec.name, "--help"])
            for line in page.split(separator: "\n") where !line.hasPrefix("USAGE: ") {
                #expect(line.count <= 80, "\(type.spec.name): \(line)")
            }
        }
    }

    @Test("the built binary: a usage error is one line on stderr and status 64, help is stdout and status 0")
    func exitStatus() async throws {
        let refused = try await runEmulator(["validate"])
        #expect(refused.status == 64)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr == "reapi-emulator: error: give at least one scenario file\n")
        let unknown = try await runEmulator(["--bogus"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr == "reapi-emulator: error: unknown option '--bogus'\n")
        let help = try await runEmulator(["help", "validate"])
        #expect(help.status == 0)
        #expect(help.stderr.isEmpty)
        #expect(help.stdout.hasPrefix("OVERVIEW: Check scenario files; print each problem with its key path and line.\n"))
    }
}
