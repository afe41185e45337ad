class Statement
  def self.backup(file, dir, full_name)
    # ruleid: ruby-command-string-interpolation
    system("cp #{full_name} #{dir}/bak_#{file.original_filename}")
  end

  def self.convert(path)
    # ruleid: ruby-command-string-interpolation
    `pdftotext #{path} -`
  end

  def self.archive(name)
    # ruleid: ruby-command-string-interpolation
    Open3.capture2("tar czf #{name}.tgz reports/")
  end

  def self.safe_backup(full_name, dir)
    # ok: ruby-command-string-interpolation
    system("cp", full_name, "#{dir}/backup")
  end

  def self.escaped(path)
    # ok: ruby-command-string-interpolation
    `pdftotext #{Shellwords.escape(path)} -`
  end

  def self.fixed
    # ok: ruby-command-string-interpolation
    system("uptime")
  end

  def self.constant
    # ok: ruby-command-string-interpolation
    system("ls #{REPORTS_DIR}")
  end

  def self.version
    bin = "/usr/bin/convert"
    # a local value, not handed in by a caller
    # ok: ruby-command-string-interpolation
    `#{bin} -version`
  end
end
