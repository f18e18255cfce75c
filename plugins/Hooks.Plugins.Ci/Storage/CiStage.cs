namespace Hooks.Plugins.Ci.Storage;

/// <summary>One row of a build's stages, in order: <c>pre-build-validation</c>, <c>setup</c>, then each stage.</summary>
public sealed class CiStage
{
    public const int Pass = 0;
    public const int Fail = 1;
    public const int Skip = 2;

    public Guid Id { get; set; }

    public long BuildId { get; set; }

    public int Index { get; set; }

    public required string Stage { get; set; }

    /// <summary>0 PASS, 1 FAIL, 2 SKIP, as Ocelot.</summary>
    public int Status { get; set; }

    public string Error { get; set; } = "";

    public List<string> Messages { get; set; } = [];

    public DateTimeOffset StartTime { get; set; }

    /// <summary>Milliseconds.</summary>
    public double StageDuration { get; set; }
}
