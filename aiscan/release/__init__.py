"""The AIS as one release (p14, p21, p22): its description file (`aiscan-ais.toml`), the identity
of what is released (each component's repository, commit, dirty state and version), the scan of
every component and one chapter-3 verdict for the whole AIS."""
