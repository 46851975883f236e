namespace ReportBot.Cli;

/// <summary>A verb, its positional arguments and its <c>--options</c> (flags, or options with a value).</summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string?> options = new(StringComparer.Ordinal);

    private CommandLine(string verb) => Verb = verb;

    public string Verb { get; }
    public List<string> Arguments { get; } = [];

    /// <summary>Parses <paramref name="args"/>; options in <paramref name="valued"/> take the next argument as their value.</summary>
    public static CommandLine Parse(string[] args, IReadOnlySet<string> valued)
    {
        var line = new CommandLine(args[0]);
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                line.Arguments.AddRange(args[(i + 1)..]);
                break;
            }
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                line.Arguments.Add(arg);
                continue;
            }
            var name = arg[2..];
            var equals = name.IndexOf('=');
            if (equals >= 0)
            {
                line.options[name[..equals]] = name[(equals + 1)..];
            }
            else if (valued.Contains(name))
            {
                if (i + 1 >= args.Length) throw new UsageException($"--{name} needs a value.");
                line.options[name] = args[++i];
            }
            else
            {
                line.options[name] = null;
            }
        }
        return line;
    }

    public bool Has(string name) => options.ContainsKey(name);

    public string? Value(string name) => options.GetValueOrDefault(name);

    public IEnumerable<string> OptionNames => options.Keys;

    public int IntValue(string name, int fallback, int min, int max)
    {
        var value = Value(name);
        if (value is null) return fallback;
        return int.TryParse(value, out var n) && n >= min && n <= max
            ? n
            : throw new UsageException($"--{name} takes a whole number from {min} to {max}, not '{value}'.");
    }

    public void RejectUnknown(params string[] known)
    {
        var unknown = options.Keys.Where(k => !known.Contains(k)).ToList();
        if (unknown.Count > 0) throw new UsageException($"Unknown option --{unknown[0]} for '{Verb}'.");
    }
}

/// <summary>The command line is wrong; the message says how.</summary>
internal sealed class UsageException(string message) : Exception(message);
