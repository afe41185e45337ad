require "erb"
require "slim"
require "haml"
require "liquid"

PAGE = "<h1><%= title %></h1>"

def greeting(name)
  text = '<p>Hello ' + name + '</p>'
  # ruleid: ruby-template-from-built-string
  template = ERB.new(text)
  template.result(binding)
end

def slim_greeting(name)
  template = '<p>Hello ' + name + '</p>'
  # ruleid: ruby-template-from-built-string
  Slim::Template.new { template }.render
end

def slim_inline(name)
  # ruleid: ruby-template-from-built-string
  Slim::Template.new { "p Hello #{name}" }.render
end

def haml_card(title)
  # ruleid: ruby-template-from-built-string
  Haml::Engine.new("%h2 #{title}").render
end

def liquid_card(title)
  source = "<h2>" + title + "</h2>{{ body }}"
  # ruleid: ruby-template-from-built-string
  Liquid::Template.parse(source).render("body" => "")
end

def erb_interpolated(label)
  # ruleid: ruby-template-from-built-string
  ERB.new("<b>#{label}</b><%= Time.now %>").result
end

def constant_page
  # ok: ruby-template-from-built-string
  ERB.new(PAGE).result(binding)
end

def literal_page
  # ok: ruby-template-from-built-string
  ERB.new("<h1><%= title %></h1>").result(binding)
end

def joined_constants
  source = "<h1>" + "<%= title %>" + "</h1>"
  # ok: ruby-template-from-built-string
  ERB.new(source).result(binding)
end

def from_file(path)
  source = File.read(path)
  # ok: ruby-template-from-built-string
  ERB.new(source, trim_mode: "-").result(binding)
end

def slim_file(path)
  # ok: ruby-template-from-built-string
  Slim::Template.new(path).render
end

def page_with_footer(footer)
  # the template call inside a larger concatenation: the template text itself is constant
  # ok: ruby-template-from-built-string
  ERB.new(PAGE).result(binding) + footer
end

def extended_constant
  source = "<h1><%= title %></h1>"
  source = source + "<p><%= body %></p>"
  # ok: ruby-template-from-built-string
  ERB.new(source).result(binding)
end
