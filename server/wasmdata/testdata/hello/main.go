// Command hello is a small Go program for wasmdata's test: its data holds
// a table with zeros between its entries, as Go's runtime data does.
package main

import (
	"fmt"
	"strings"
)

var table = [64][40]byte{}

func init() {
	for i := range table {
		copy(table[i][:], fmt.Sprintf("row %d", i))
	}
}

func main() {
	var b strings.Builder
	for i := range table {
		b.WriteString(strings.TrimRight(string(table[i][:]), "\x00"))
		b.WriteByte(';')
	}
	fmt.Println(len(b.String()), strings.Repeat("ok ", 3))
}
