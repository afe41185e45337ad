import xml.sax
from xml.sax.handler import feature_external_ges

import defusedxml.ElementTree as DET
from lxml import etree

# ruleid: python-xxe-parser
parser = etree.XMLParser(resolve_entities=True)
# ruleid: python-xxe-parser
parser2 = etree.XMLParser(load_dtd=True, no_network=False)
# ok: python-xxe-parser
parser3 = etree.XMLParser(resolve_entities=False, no_network=True)

sax = xml.sax.make_parser()
# ruleid: python-xxe-parser
sax.setFeature(feature_external_ges, True)
# ok: python-xxe-parser
sax.setFeature(feature_external_ges, False)


def parse_statement(data):
    # ok: python-xxe-parser
    return DET.fromstring(data)
