using Hooks.Gateway.RunLogs;

namespace Hooks.Gateway.Tests.RunLogs;

public sealed class AnsiTextFacts
{
    [Fact]
    public void Strip_removes_colours_cursor_moves_and_titles_and_keeps_the_text()
    {
        Assert.Equal("red plain done", AnsiText.Strip("\u001b[1;31mred\u001b[0m plain\u001b[K \u001b]0;title\u0007done"));
    }

    [Fact]
    public void Html_turns_basic_colours_and_bold_into_spans()
    {
        Assert.Equal(
            "<span style=\"color:#cd3131;font-weight:bold\">error</span>: x",
            AnsiText.ToHtml("\u001b[1;31merror\u001b[0m: x"));
    }

    [Fact]
    public void Html_escapes_the_text_inside_and_outside_spans()
    {
        Assert.Equal(
            "&lt;script&gt; <span style=\"color:#0dbc79\">a &amp; &quot;b&quot;</span>",
            AnsiText.ToHtml("<script> \u001b[32ma & \"b\"\u001b[m"));
    }

    [Fact]
    public void Html_knows_256_colour_and_24_bit_colours_and_backgrounds()
    {
        Assert.Equal("<span style=\"color:#ff8700\">o</span>", AnsiText.ToHtml("\u001b[38;5;208mo\u001b[0m"));
        Assert.Equal("<span style=\"color:#0a141e;background-color:#e5e5e5\">t</span>", AnsiText.ToHtml("\u001b[38;2;10;20;30;47mt\u001b[0m"));
    }

    [Fact]
    public void A_style_that_is_never_reset_is_closed_at_the_end_of_the_line()
    {
        Assert.Equal("<span style=\"text-decoration:underline\">u</span>", AnsiText.ToHtml("\u001b[4mu"));
    }

    [Fact]
    public void A_line_without_escape_codes_is_only_escaped()
    {
        Assert.Equal("a &lt; b", AnsiText.ToHtml("a < b"));
        Assert.Equal("a < b", AnsiText.Strip("a < b"));
    }
}
