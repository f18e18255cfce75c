namespace Hooks.Plugins.PackageBuilds.Tests.Support;

/// <summary>amp_ci's own files, as its users have them.</summary>
public static class AmpCiFiles
{
    /// <summary>The last committed <c>amp.yaml</c> of amp_ci's generation 1 (amp@d04ab67), to the letter.</summary>
    public const string Generation1 = """
        host: 0.0.0.0
        port: 8196
        workers: 5
        baseurl: https://github.com/AudiovisualMetadataPlatform

        scripts:
          'refs/head/master':
            - build_packages
            - distribute_to_liger
          'refs/head/main':
            - build_packages
            - distribute_to_liger

        temproot: /srv/scratch

        repos:
          - amppd
          - amppd-ui
          - amp_mediaprobe
          - amp_mgms
          - amp_python
          - amp_tomcat
          - galaxy
          - mgm-evaluation-scripts
          - whisper
        """;
}
