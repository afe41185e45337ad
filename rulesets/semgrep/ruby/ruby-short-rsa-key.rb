def keys(short)
  # ruleid: ruby-short-rsa-key
  k = OpenSSL::PKey::RSA.new(1024)
  # ruleid: ruby-short-rsa-key
  k = OpenSSL::PKey::RSA.generate(512)
  # ruleid: ruby-short-rsa-key
  k = OpenSSL::PKey::DSA.new(1024)
  # ok: ruby-short-rsa-key
  k = OpenSSL::PKey::RSA.new(2048)
  # ok: ruby-short-rsa-key
  k = OpenSSL::PKey::RSA.generate(4096)
  # ok: ruby-short-rsa-key
  k = OpenSSL::PKey::RSA.new(File.read("key.pem"))
end
