class ImportController < ApplicationController
  def restore
    # ruleid: ruby-unsafe-deserialization
    state = Marshal.load(Base64.decode64(params[:state]))
    # ruleid: ruby-unsafe-deserialization
    cfg = YAML.unsafe_load(request.body.read)
    # ok: ruby-unsafe-deserialization
    cfg = YAML.safe_load(request.body.read)
    # ok: ruby-unsafe-deserialization
    data = JSON.parse(request.body.read)
  end

  def run
    # ruleid: ruby-dynamic-code-execution
    eval(params[:expr])
    # ruleid: ruby-dynamic-code-execution
    report = params[:kind].constantize.new
    # ruleid: ruby-dynamic-code-execution
    @loan.send(params[:action_name])
    # ok: ruby-dynamic-code-execution
    @loan.send(:approve)
    # ok: ruby-dynamic-code-execution
    report = REPORTS.fetch(params[:kind], DefaultReport).new
    # ok: ruby-dynamic-code-execution
    eval("1 + 1")
  end

  def field
    name = params[:field]
    return head(:bad_request) unless LoanFields::VISIBLE.include?(name)
    # ok: ruby-dynamic-code-execution
    @loan.send(name)
  end

  def checked_by_pattern
    name = params[:field]
    raise ArgumentError, "bad field" unless /\A\w+\z/ =~ name
    # a whole-string pattern admits any method name (`destroy`): no allow-list
    # ruleid: ruby-dynamic-code-execution
    @loan.send(name)
  end

  def checked_against_a_variable
    name = params[:field]
    return unless fields.include?(name)
    # ruleid: ruby-dynamic-code-execution
    @loan.send(name)
  end
end

# Ruby's marshalling hook: _load is handed the string its own _dump wrote, and runs only inside a
# Marshal.load the caller already performs (reported there).
class LoanSnapshot
  def _dump(_level)
    Marshal.dump([@amount, @term])
  end

  def self._load(data)
    # ok: ruby-unsafe-deserialization
    amount, term = Marshal.load(data)
    new(amount, term)
  end

  def self.from_cookie(value)
    # ruleid: ruby-unsafe-deserialization
    Marshal.load(Base64.decode64(value))
  end
end

# A deep copy: Marshal.load reads back the bytes Marshal.dump wrote a moment before, in the same
# process; nothing from outside reaches it.
class ScheduleOptions
  def copy(options)
    # ok: ruby-unsafe-deserialization
    Marshal.load(Marshal.dump(options.slice(:cron, :queue)))
  end

  def restore(blob)
    # ruleid: ruby-unsafe-deserialization
    Marshal.load(Marshal.dump(blob) + blob)
  end
end

# Parsers that build objects of classes the document names, fed request data.
class LoanImportController < ApplicationController
  def from_json
    # ruleid: ruby-deserialization-of-request-data
    application = JSON.load(params[:application])
    render json: application
  end

  def from_json_body
    payload = request.body.read
    # ruleid: ruby-deserialization-of-request-data
    JSON.restore(payload)
  end

  def from_oj
    # ruleid: ruby-deserialization-of-request-data
    schedule = Oj.load(params[:schedule])
    render json: schedule
  end

  def from_oj_object_mode
    # reported by the rule that reads the call alone
    # ruleid: ruby-unsafe-deserialization
    Oj.load(request.raw_post, mode: :object)
  end

  def from_ox
    # ruleid: ruby-deserialization-of-request-data
    Ox.parse_obj(params[:xml_contract])
  end

  def from_ox_load
    # ruleid: ruby-deserialization-of-request-data
    Ox.load(params[:xml_contract], mode: :object)
  end

  def from_plist
    # ruleid: ruby-deserialization-of-request-data
    Plist.parse_xml(params[:device_profile], marshal: true)
  end

  def from_plist_default
    # ruleid: ruby-deserialization-of-request-data
    Plist.parse_xml(params[:device_profile])
  end

  def from_json_parse
    # ok: ruby-deserialization-of-request-data
    JSON.parse(params[:application])
  end

  def from_oj_strict
    # ok: ruby-deserialization-of-request-data
    Oj.load(params[:schedule], mode: :strict)
  end

  def from_oj_compat
    # ok: ruby-deserialization-of-request-data
    Oj.safe_load(params[:schedule])
  end

  def from_ox_plain
    # ok: ruby-deserialization-of-request-data
    Ox.parse(params[:xml_contract])
  end

  def from_plist_without_marshal
    # ok: ruby-deserialization-of-request-data
    Plist.parse_xml(params[:device_profile], marshal: false)
  end

  def from_settings_file
    # ok: ruby-deserialization-of-request-data
    JSON.load(File.read(Rails.root.join("config", "scoring.json")))
  end
end
