class CalculatorController < ApplicationController
  def compute
    # ruleid: ruby-code-injection, ruby-eval-non-literal
    @result = eval(params[:expression])
  end

  def apply
    code = "#{params[:receiver]}.#{params[:method]}"
    # ruleid: ruby-code-injection, ruby-eval-non-literal
    Kernel.eval(code)
  end

  def configure
    # ruleid: ruby-code-injection, ruby-eval-non-literal
    Settings.instance_eval(request.body.read)
  end

  def sum
    # ok: ruby-code-injection
    @result = params[:a].to_i + params[:b].to_i
  end

  def parse
    # data, not code
    # ok: ruby-code-injection
    @result = JSON.parse(params[:payload])
  end

  def block_form
    # ok: ruby-code-injection
    Settings.instance_eval { self.mode = :strict }
  end
end

module Trigger
  def self.run(code)
    # ruleid: ruby-eval-non-literal
    Kernel.eval(code)
  end

  def self.load_rules(path)
    source = File.read(path)
    # ruleid: ruby-eval-non-literal
    binding.eval(source)
  end

  def self.define(klass, name)
    # a method defined from a string written here, with a name put in: metaprogramming, not a
    # value evaluated whole
    # ok: ruby-eval-non-literal
    klass.class_eval("def #{name}?; @#{name}; end")
  end

  def self.evaluate(template, ctx)
    # ruleid: ruby-eval-non-literal
    ctx.instance_eval(template)
  end

  def self.configure(&block)
    # a block, not text
    # ok: ruby-eval-non-literal
    instance_eval(&block)
  end

  def self.accessor(klass, name)
    source = "def #{name}; @#{name}; end"
    # code generated here for the class, given its own file and line
    # ok: ruby-eval-non-literal
    klass.class_eval(source, __FILE__, __LINE__)
  end

  def self.constant
    # ok: ruby-eval-non-literal
    eval("1 + 1")
  end

  def self.with_block(obj)
    # ok: ruby-eval-non-literal
    obj.instance_eval { @ready = true }
  end

  def self.generated(klass)
    # ok: ruby-eval-non-literal
    klass.class_eval <<-RUBY, __FILE__, __LINE__ + 1
      def ready?; true; end
    RUBY
  end
end
