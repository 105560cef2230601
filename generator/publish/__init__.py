"""Publish stage: the one place that writes `site_src/` and `site/`.

`write.swapped_pages` writes the generated folders (only changed pages, all undone if anything
fails, hand-written pages never touched); `pipeline.build_site` then runs MkDocs with the plugins
here: `incremental.ReusePlugin` takes unchanged pages from the previous site, `squeeze.SqueezePlugin`
drops the theme's indentation. `live.serve` regenerates and serves the site while an editor works.
"""
