package main

import "github.com/latchkey/latchkey/internal/proc"

// pinnedEnv marks a process of this tool already moved to CPU 1.
const pinnedEnv = "LATCHKEY_ATTACK_PINNED"

// pinSelf runs the tool again on CPU 1 (the victim's and the attacker's
// clients, and the fakes), leaving CPU 0 to the server, as latchkey-bench
// does. It returns only when that cannot be done.
func pinSelf() { proc.PinSelf(pinnedEnv, "1") }

// onCPU prefixes args with taskset so that the command runs on the given
// CPUs, when pin is set (see proc.OnCPU).
func onCPU(pin bool, cpus string, args ...string) []string {
	if !pin {
		return args
	}
	return proc.OnCPU(cpus, args...)
}
