require "open-uri"
require "net/http"

class PluginsController < ApplicationController
  def load_remote
    code = URI.open("https://plugins.example.com/scoring.rb").read
    # ruleid: ruby-eval-downloaded-code
    eval(code)
  end

  def load_joined
    uri = URI.join(root_url, "rules.rb")
    source = uri.read
    # ruleid: ruby-eval-downloaded-code
    @result = eval(source)
  end

  def load_http
    body = Net::HTTP.get(URI("https://cdn.example.com/patch.rb"))
    # ruleid: ruby-eval-downloaded-code
    Object.class_eval(body)
  end

  def load_response
    res = Net::HTTP.get_response(URI(PATCH_URL))
    # ruleid: ruby-eval-downloaded-code
    instance_eval(res.body)
  end

  def load_checked
    code = URI.open(PATCH_URL).read
    if Digest::SHA256.hexdigest(code) == "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
      # ok: ruby-eval-downloaded-code
      eval(code)
    end
  end

  def load_local
    code = File.read(Rails.root.join("config", "rules.rb"))
    # ok: ruby-eval-downloaded-code
    eval(code)
  end

  def parse_json
    body = Net::HTTP.get(URI("https://api.example.com/rates"))
    # ok: ruby-eval-downloaded-code
    JSON.parse(body)
  end
end

class UpdatesController < ApplicationController
  def apply
    uri =
      if params[:channel] == "beta"
        URI.join(root_url, "beta.rb")
      else
        URI.join(root_url, "stable.rb")
      end
    code = uri.read
    if params[:dry_run] == "1"
      render plain: code
    else
      # ruleid: ruby-eval-downloaded-code
      @result = eval(code)
    end
  end
end
