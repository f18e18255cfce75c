using Microsoft.Extensions.Configuration;

namespace Hooks.Fixtures.Recorder;

/// <summary>
/// For tests that kill a worker mid-handler: <c>StartsFile</c> gets a line "delivery pid" as each handler starts, and
/// the handler then stalls <c>StallSeconds</c> (for every repository, or the one <c>StallOnlyFor</c> names) before it
/// records the event. For tests of worker pools: the plugin's
/// own follow-up jobs stall <c>FollowUpStallSeconds</c>.
/// </summary>
public sealed record RecorderSettings(string? StartsFile, int StallSeconds, int FollowUpStallSeconds, string? StallOnlyFor = null)
{
    public static RecorderSettings From(IConfiguration configuration) =>
        new(configuration["StartsFile"], configuration.GetValue("StallSeconds", 0), configuration.GetValue("FollowUpStallSeconds", 0), configuration["StallOnlyFor"]);

    /// <summary>Whether an event of this repository stalls (<c>StallOnlyFor</c> names one repository, or none for all).</summary>
    public bool Stalls(string? repository) => StallSeconds > 0 && (StallOnlyFor is null || StallOnlyFor == repository);
}
