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
end
