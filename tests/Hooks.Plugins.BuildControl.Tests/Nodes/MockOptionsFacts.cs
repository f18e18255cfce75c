using System.Text.Json.Nodes;
using Hooks.Plugins.BuildControl.Nodes;

namespace Hooks.Plugins.BuildControl.Tests.Nodes;

public sealed class MockOptionsFacts
{
    [Fact]
    public void Mock_options_are_applied_as_the_original_did()
    {
        var data = JsonNode.Parse("""{"mock": {"module_enable": ["perl:5.32"]}, "definitions": {"distribution": "AlmaLinux"}, "yum": {"exclude": "foo"}}""")!.AsObject();

        MockOptions.Apply(data, JsonNode.Parse("""
            {"target_arch": "i686", "module_enable": ["perl:5.32", "nodejs:18"], "yum_exclude": ["bar", "baz"],
             "with": ["tests"], "without": ["docs"], "definitions": {"dist": ".el9"}, "unknown": 3}
            """)!.AsObject());
        MockOptions.Apply(data, JsonNode.Parse("""{"module_enable": "ruby:3.1", "definitions": {"dist": ".el9_2"}}""")!.AsObject());

        Assert.Equal("i686", data["mock"]!["target_arch"]!.GetValue<string>());
        Assert.Equal(["perl:5.32", "nodejs:18", "ruby:3.1"], data["mock"]!["module_enable"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal("foo bar baz", data["yum"]!["exclude"]!.GetValue<string>());
        Assert.Equal("--with-tests", data["definitions"]!["_with_tests"]!.GetValue<string>());
        Assert.Equal("--without-docs", data["definitions"]!["_without_docs"]!.GetValue<string>());
        Assert.Equal(".el9_2", data["definitions"]!["dist"]!.GetValue<string>());
        Assert.Equal("AlmaLinux", data["definitions"]!["distribution"]!.GetValue<string>());
        Assert.Null(data["unknown"]);
    }

    [Fact]
    public void Secure_boot_adds_the_platform_s_extra_packages_to_the_chroot()
    {
        var data = JsonNode.Parse("""{"mock": {"chroot_setup_cmd": "install bash", "secure_boot_additional_packages": ["pesign", "kernel-sign"]}}""")!.AsObject();

        MockOptions.ApplySecureBoot(data);

        Assert.Equal("install bash pesign kernel-sign", data["mock"]!["chroot_setup_cmd"]!.GetValue<string>());
    }
}
