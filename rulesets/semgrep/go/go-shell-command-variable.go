package tools

import (
	"context"
	"os/exec"
)

func run(script string) error {
	// ruleid: go-shell-command-variable
	return exec.Command("sh", "-c", script).Run()
}

func runCtx(ctx context.Context, host string) ([]byte, error) {
	// ruleid: go-shell-command-variable
	return exec.CommandContext(ctx, "/bin/bash", "-c", "ping -c 1 "+host).Output()
}

type Hook struct{ Cmd string }

func (h Hook) Fire() error {
	// ruleid: go-shell-command-variable
	cmd := exec.Command("bash", "-c", h.Cmd)
	return cmd.Run()
}

func fixed() error {
	// ok: go-shell-command-variable
	return exec.Command("sh", "-c", "ls -l | wc -l").Run()
}

func argv(host string) error {
	// ok: go-shell-command-variable
	return exec.Command("ping", "-c", "1", host).Run()
}
