# semgrep's Ruby parser cannot read a file that calls Kernel's backtick as a method, so this
# rule reads the text.
module Reports
  class Exporter
    def self.run(command_arg)
      # ruleid: ruby-command-backtick-method
      Kernel.`(command_arg)
    end

    def self.archive(dir)
      # ruleid: ruby-command-backtick-method
      Kernel.`("tar czf /tmp/out.tgz #{dir}")
    end

    def self.disk_usage
      # ok: ruby-command-backtick-method
      Kernel.`("df -h /var/loans")
    end

    def self.uptime
      # ok: ruby-command-backtick-method
      Kernel.`('uptime')
    end
  end
end
