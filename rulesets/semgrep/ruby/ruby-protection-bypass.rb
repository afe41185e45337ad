class WebhooksController < ApplicationController
  # ruleid: ruby-csrf-protection-disabled
  skip_before_action :verify_authenticity_token
  # ok: ruby-csrf-protection-disabled
  protect_from_forgery with: :exception

  def call_bureau(uri)
    http = Net::HTTP.new(uri.host, uri.port)
    http.use_ssl = true
    # ruleid: ruby-tls-verification-disabled
    http.verify_mode = OpenSSL::SSL::VERIFY_NONE
    # ok: ruby-tls-verification-disabled
    http.verify_mode = OpenSSL::SSL::VERIFY_PEER
  end
end

def client
  # ruleid: ruby-tls-verification-disabled
  Faraday.new(url: BUREAU_URL, ssl: { verify: false })
end
