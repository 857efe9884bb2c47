package vault

import (
	"encoding/base64"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// ParseKeys reads master keys written in standard base64 and separated by
// commas, spaces or new lines; the first is the primary.
func ParseKeys(s string) ([][]byte, error) {
	var keys [][]byte
	for i, field := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\n' || r == '\r' || r == '\t' }) {
		key, err := base64.StdEncoding.DecodeString(field)
		if err != nil {
			return nil, fmt.Errorf("vault: master key %d is not base64", i+1)
		}
		if len(key) != KeySize {
			return nil, fmt.Errorf("vault: master key %d has %d bytes, want %d", i+1, len(key), KeySize)
		}
		keys = append(keys, key)
	}
	if len(keys) == 0 {
		return nil, errors.New("vault: no master key")
	}
	return keys, nil
}

// LoadOrCreateKeyFile reads the master keys in the file at path, creating it
// with one fresh key, readable by its owner only, when it does not exist.
// It refuses a file that others can read.
func LoadOrCreateKeyFile(path string) ([][]byte, error) {
	info, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return nil, fmt.Errorf("vault: %w", err)
		}
		line := base64.StdEncoding.EncodeToString(NewKey()) + "\n"
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err != nil {
			return nil, fmt.Errorf("vault: creating the master key file: %w", err)
		}
		if _, err := f.WriteString(line); err != nil {
			f.Close()
			return nil, fmt.Errorf("vault: writing the master key file: %w", err)
		}
		if err := f.Sync(); err != nil {
			f.Close()
			return nil, fmt.Errorf("vault: writing the master key file: %w", err)
		}
		if err := f.Close(); err != nil {
			return nil, fmt.Errorf("vault: writing the master key file: %w", err)
		}
		return ParseKeys(line)
	}
	if err != nil {
		return nil, fmt.Errorf("vault: %w", err)
	}
	if info.Mode().Perm()&0o077 != 0 {
		return nil, fmt.Errorf("vault: %s is readable by others (mode %v); run chmod 600 on it", path, info.Mode().Perm())
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("vault: %w", err)
	}
	return ParseKeys(string(b))
}
