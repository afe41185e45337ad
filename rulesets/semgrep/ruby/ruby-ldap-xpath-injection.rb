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
end
