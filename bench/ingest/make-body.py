"""Writes a realistic GitHub push body of about 3 KB (the own corpus's example, minified, trimmed of URL templates)."""
import json, sys

source, target, limit = sys.argv[1], sys.argv[2], 3 * 1024
payload = json.load(open(source))
text = json.dumps(payload, separators=(",", ":"))
for owner in (payload["repository"], payload["repository"].get("owner", {}), payload.get("sender", {})):
    for key in sorted(k for k in list(owner) if k.endswith("_url") and k != "html_url"):
        if len(text) <= limit:
            break
        del owner[key]
        text = json.dumps(payload, separators=(",", ":"))
essential = {"id", "name", "full_name", "html_url", "clone_url", "default_branch", "owner", "private", "url"}
for key in [k for k in list(payload["repository"]) if k not in essential]:
    if len(text) <= limit:
        break
    del payload["repository"][key]
    text = json.dumps(payload, separators=(",", ":"))
open(target, "w").write(text)
print(len(text))
