// Command polex turns policy texts into structured JSONL records; see
// 'polex help'. The work is done by the library packages; this is wiring.
package main

import (
	"os"

	"github.com/polexhq/polex/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], cli.Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}))
}
