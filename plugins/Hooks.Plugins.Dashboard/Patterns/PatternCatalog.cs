using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hooks.Plugins.Dashboard.Patterns;

/// <summary>
/// The patterns in use: <c>PatternsFile</c> when set, else the plugin's own. The file is read again when its time or
/// size changes (checked on each use, so every worker process follows the file). A file that cannot be read leaves
/// the plugin on its own patterns, reported. Problems are logged once per version of the file.
/// </summary>
public sealed partial class PatternCatalog(IOptions<DashboardOptions> options, ILogger<PatternCatalog> logger)
{
    public const string BuiltInOrigin = "built-in";

    private readonly Lock _gate = new();
    private (DateTime Time, long Length)? _stamp;
    private PatternSet? _current;

    public PatternSet Current
    {
        get
        {
            lock (_gate)
            {
                string? file = options.Value.PatternsFile;
                if (string.IsNullOrWhiteSpace(file))
                {
                    return _current ??= Loaded(BuiltIn());
                }

                var info = new FileInfo(file);
                (DateTime, long)? stamp = info.Exists ? (info.LastWriteTimeUtc, info.Length) : null;
                if (_current is null || stamp != _stamp)
                {
                    _stamp = stamp;
                    _current = Loaded(stamp is null ? Missing(file) : PatternFile.Parse(File.ReadAllText(file), file));
                }

                return _current;
            }
        }
    }

    public static PatternSet BuiltIn()
    {
        using var stream = typeof(PatternCatalog).Assembly.GetManifestResourceStream("Hooks.Plugins.Dashboard.default-patterns.yaml")
            ?? throw new InvalidOperationException("the plugin's default-patterns.yaml is not embedded");
        using var reader = new StreamReader(stream);
        return PatternFile.Parse(reader.ReadToEnd(), BuiltInOrigin);
    }

    private static PatternSet Missing(string file)
    {
        var builtIn = BuiltIn();
        return builtIn with { Problems = [$"{file}: no such file; using the built-in patterns", .. builtIn.Problems] };
    }

    private PatternSet Loaded(PatternSet set)
    {
        Log.PatternsLoaded(logger, set.Patterns.Count, set.Origin);
        foreach (string problem in set.Problems)
        {
            Log.PatternProblem(logger, problem);
        }

        return set;
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Dashboard: {Count} error patterns from {Origin}")]
        public static partial void PatternsLoaded(ILogger logger, int count, string origin);

        [LoggerMessage(Level = LogLevel.Error, Message = "Dashboard pattern file: {Problem}")]
        public static partial void PatternProblem(ILogger logger, string problem);
    }
}
