import yaml

with open("config.yml") as f:
    # ruleid: python-unsafe-yaml-load
    config = yaml.load(f)

with open("config.yml") as f:
    # ruleid: python-unsafe-yaml-load
    config = yaml.load(f, Loader=yaml.FullLoader)

with open("config.yml") as f:
    # ruleid: python-unsafe-yaml-load
    config = yaml.unsafe_load(f)

with open("config.yml") as f:
    # ok: python-unsafe-yaml-load
    config = yaml.safe_load(f)

with open("config.yml") as f:
    # ok: python-unsafe-yaml-load
    config = yaml.load(f, Loader=yaml.SafeLoader)
