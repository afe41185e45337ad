class Validator
  # ruleid: ruby-redos-nested-quantifier
  EMAIL = /\A([a-zA-Z0-9_.+-]+)+@example\.kz\z/
  # ruleid: ruby-redos-nested-quantifier
  WORDS = %r{\A(\w+\s?)*\z}i
  # ruleid: ruby-redos-nested-quantifier
  LOGIN = /\A[a-z]([-.\w]*[a-z0-9])*\z/
  # a group of one atom, repeated, inside a repeated group
  # ruleid: ruby-redos-nested-quantifier
  LETTERS = /\A((a)+)*\z/
  # ok: ruby-redos-nested-quantifier
  CODES = /\A((\d)\-)+\z/
  # ok: ruby-redos-nested-quantifier
  IIN = /\A\d{12}\z/
  # ok: ruby-redos-nested-quantifier
  PHONE = /\A\+7(\d{3})\d{7}\z/
  # ok: ruby-redos-nested-quantifier
  HOST = /\A[a-z0-9-]+(\.[a-z0-9-]+)+\z/
  # ok: ruby-redos-nested-quantifier
  DOMAIN = /\A([a-z0-9][-a-z0-9]*\.)+[a-z]{2,}\z/

  def self.slug?(value)
    # ruleid: ruby-redos-nested-quantifier
    value.match?(/\A([a-z][\w-]*)*\z/)
  end

  def self.code?(value)
    # ruleid: ruby-redos-nested-quantifier
    pattern = Regexp.new("\\A(\\w+.)*\\z")
    # ok: ruby-redos-nested-quantifier
    dotted = Regexp.new("\\A([a-z]+\\.)+\\z")
    pattern.match?(value) || dotted.match?(value)
  end

  def self.path?(value)
    # ok: ruby-redos-nested-quantifier
    value =~ %r{\A(/[\w-]*)+\z}
  end

  def self.slug_braces?(value)
    # {0,1} is ? written with braces
    # ruleid: ruby-redos-nested-quantifier
    value =~ /\A([a-z0-9]+[-]{0,1}){1,100}\z/
  end

  def self.ipv4?(value)
    # a bounded repeat of bounded parts
    # ok: ruby-redos-nested-quantifier
    value =~ /\A([0-9]{1,3}\.){3}[0-9]{1,3}\z/
  end
end
