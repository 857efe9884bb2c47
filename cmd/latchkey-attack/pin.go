package main

import (
	"os"
	"os/exec"
	"runtime"
	"strings"
	"syscall"
)

// pinnedEnv marks a process of this tool already moved to CPU 1.
const pinnedEnv = "LATCHKEY_ATTACK_PINNED"

// pinSelf runs the tool again on CPU 1 (the victim's and the attacker's
// clients, and the fakes), leaving CPU 0 to the server, as latchkey-bench
// does. It returns only when that cannot be done.
func pinSelf() {
	if os.Getenv(pinnedEnv) != "" || machineCPUs() < 2 {
		return
	}
	taskset, err := exec.LookPath("taskset")
	if err != nil {
		return
	}
	self, err := os.Executable()
	if err != nil {
		return
	}
	args := append([]string{taskset, "-c", "1", self}, os.Args[1:]...)
	_ = syscall.Exec(taskset, args, append(os.Environ(), pinnedEnv+"=1"))
}

// onCPU prefixes args with taskset so that the command runs on the given
// CPUs, when pin is set, taskset is there and the machine has more than one
// CPU. taskset executes the command in its own process, so the process ID
// stays the command's.
func onCPU(pin bool, cpus string, args ...string) []string {
	if !pin || machineCPUs() < 2 {
		return args
	}
	if path, err := exec.LookPath("taskset"); err == nil {
		return append([]string{path, "-c", cpus}, args...)
	}
	return args
}

// machineCPUs returns the number of CPUs online, whichever of them this
// process may use.
func machineCPUs() int {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return runtime.NumCPU()
	}
	return strings.Count(string(b), "\nprocessor\t") + 1
}
