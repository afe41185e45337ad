class DirectoryController < ApplicationController
  def lookup
    name = params[:name]
    ldap = Net::LDAP.new
    # ruleid: ruby-ldap-xpath-injection
    rs = ldap.search(base: "dc=example,dc=com", filter: "(cn=#{name})")
    # ruleid: ruby-ldap-xpath-injection
    f = Net::LDAP::Filter.construct("(uid=" + params[:uid] + ")")
    # ok: ruby-ldap-xpath-injection
    rs = ldap.search(base: "dc=example,dc=com", filter: Net::LDAP::Filter.eq("cn", name))
    # ok: ruby-ldap-xpath-injection
    rs = ldap.search(base: "dc=example,dc=com", filter: "(objectClass=person)")
  end

  def books
    doc = Nokogiri::XML(File.read("books.xml"))
    title = params[:title]
    # ruleid: ruby-ldap-xpath-injection
    nodes = doc.xpath("//book[./title[contains(text(),'#{title}')]]")
    # ruleid: ruby-ldap-xpath-injection
    node = doc.at_xpath("//user[@login='" + params[:login] + "']")
    # ok: ruby-ldap-xpath-injection
    nodes = doc.xpath("//book[./title[contains(text(),$title)]]", nil, { title: title })
    # ok: ruby-ldap-xpath-injection
    nodes = doc.xpath("//book[@id='#{params[:id].to_i}']")
  end
  def guarded_books
    doc = Nokogiri::XML(File.read("books.xml"))
    code = params[:code]
    if code.match?(/\A[a-z0-9]+\z/)
      # ok: ruby-ldap-xpath-injection
      nodes = doc.xpath("//book[@code='#{code}']")
    end
    if params[:isbn] =~ /\A[0-9-]{10,17}\z/
      # ok: ruby-ldap-xpath-injection
      nodes = doc.xpath("//book[@isbn='#{params[:isbn]}']")
    end
    if SHELVES.include?(params[:shelf])
      # ok: ruby-ldap-xpath-injection
      nodes = doc.xpath("//book[@shelf='#{params[:shelf]}']")
    end
    # ruleid: ruby-ldap-xpath-injection
    nodes = doc.xpath("//book[@code='#{code}']")
  end

  def early_return_books
    doc = Nokogiri::XML(File.read("books.xml"))
    code = params[:code]
    return head(:bad_request) unless code.match?(/\A[a-z0-9]+\z/)
    # ok: ruby-ldap-xpath-injection
    doc.xpath("//book[@code='#{code}']")
  end

  def loosely_guarded_books
    doc = Nokogiri::XML(File.read("books.xml"))
    code = params[:code]
    # Ruby's ^ and $ anchor a line, not the string: "x']|//*|a['\nabc" passes
    if code.match?(/^[a-z0-9]+$/)
      # ruleid: ruby-ldap-xpath-injection
      doc.xpath("//book[@code='#{code}']")
    end
    # an unanchored pattern only says the value contains a match
    if code =~ /[a-z0-9]+/
      # ruleid: ruby-ldap-xpath-injection
      doc.xpath("//book[@code='#{code}']")
    end
    # anchored at one end only, by the alternation
    if code.match?(/\Aabc|def\z/)
      # ruleid: ruby-ldap-xpath-injection
      doc.xpath("//book[@code='#{code}']")
    end
    # a different value was checked
    if params[:other].match?(/\A[a-z]+\z/)
      # ruleid: ruby-ldap-xpath-injection
      doc.xpath("//book[@code='#{code}']")
    end
  end
end
