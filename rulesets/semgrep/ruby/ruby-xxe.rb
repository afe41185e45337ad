require "nokogiri"

class StatementsController < ApplicationController
  # The uploaded document is parsed with entity substitution on: a DOCTYPE in it reads local
  # files or internal URLs into the result.
  def import
    xml = params[:statement]
    # ruleid: ruby-xxe-request-entity-substitution
    doc = Nokogiri::XML(xml) do |config|
      config.noent
    end
    doc.xpath("//payment")
  end

  def import_strict
    # ruleid: ruby-xxe-request-entity-substitution
    Nokogiri::XML(request.body.read) { |c| c.strict.noent }
  end

  def import_options
    # ruleid: ruby-xxe-request-entity-substitution
    Nokogiri::XML(params[:file].read, nil, nil, Nokogiri::XML::ParseOptions::NOENT)
  end

  def import_module_parse
    payload = request.body
    # ruleid: ruby-xxe-request-entity-substitution
    Nokogiri::XML.parse(payload, nil, "UTF-8", Nokogiri::XML::ParseOptions::NOENT | Nokogiri::XML::ParseOptions::NONET)
  end

  def import_module_parse_block
    # ruleid: ruby-xxe-request-entity-substitution
    Nokogiri::XML.parse(params[:loan_file].read) { |cfg| cfg.noent }
  end

  def import_module_parse_safe
    # ok: ruby-xxe-request-entity-substitution
    Nokogiri::XML.parse(params[:loan_file].read) { |cfg| cfg.strict.nonet }
  end

  def import_safe
    # ok: ruby-xxe-request-entity-substitution
    Nokogiri::XML(params[:statement])
  end

  def import_nonet
    # ok: ruby-xxe-request-entity-substitution
    Nokogiri::XML(params[:statement]) { |c| c.strict.nonet }
  end
end

class TariffLoader
  # Where the document comes from is not known here: reported at medium.
  def load(path)
    # ruleid: ruby-xxe-entity-substitution
    Nokogiri::XML(File.read(path)) { |config| config.noent.dtdload }
  end

  def load_doc(body)
    opts = Nokogiri::XML::ParseOptions::DEFAULT_XML | Nokogiri::XML::ParseOptions::NOENT
    # ruleid: ruby-xxe-entity-substitution
    Nokogiri::XML::Document.parse(body, nil, nil, opts)
  end

  def load_doc_flag(body)
    # ruleid: ruby-xxe-entity-substitution
    Nokogiri::XML::Document.parse(body, nil, "UTF-8", Nokogiri::XML::ParseOptions::DTDLOAD | Nokogiri::XML::ParseOptions::NOENT)
  end

  def libxml_global
    # ruleid: ruby-xxe-entity-substitution
    LibXML::XML.default_substitute_entities = true
  end

  def load_plain(body)
    # ok: ruby-xxe-entity-substitution
    Nokogiri::XML(body)
  end

  def load_huge(body)
    # ok: ruby-xxe-entity-substitution
    Nokogiri::XML(body) { |config| config.huge }
  end

  def load_module_parse(body)
    # ruleid: ruby-xxe-entity-substitution
    Nokogiri::XML.parse(body) { |config| config.noent.nonet }
  end

  def load_default(body)
    # ok: ruby-xxe-entity-substitution
    Nokogiri::XML::Document.parse(body, nil, nil, Nokogiri::XML::ParseOptions::DEFAULT_XML)
  end
end
