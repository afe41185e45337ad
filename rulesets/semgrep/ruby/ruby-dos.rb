class SearchController < ApplicationController
  def find
    # ruleid: ruby-regex-from-request
    re = Regexp.new(params[:q])
    # ruleid: ruby-regex-from-request
    hits = names.grep(/#{params[:q]}/)
    # ok: ruby-regex-from-request
    re = Regexp.new(Regexp.escape(params[:q]))
    # ok: ruby-regex-from-request
    re = Regexp.new("^[a-z]+$")
  end

  def fetch(uri)
    http = Net::HTTP.new(uri.host, uri.port)
    # ruleid: ruby-http-timeout-disabled
    http.read_timeout = nil
    # ok: ruby-http-timeout-disabled
    http.read_timeout = 5
  end
end
