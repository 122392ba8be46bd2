// Asks for a secret on a terminal without showing what is typed (no echo, no stars), as
// `sudo` or `ssh` do. Enter ends it; Backspace takes back a character; Ctrl-C or Ctrl-D
// gives up (null).

const ENTER = new Set(['\r', '\n']);
const BACKSPACE = new Set(['\u007f', '\b']);
const GIVE_UP = new Set(['\u0003', '\u0004']);

export function askHidden(prompt: string): Promise<string | null> {
  const input = process.stdin;
  return new Promise((resolve) => {
    let typed = '';
    const finish = (value: string | null) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
      resolve(value);
    };
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (ENTER.has(char)) return finish(typed);
        if (GIVE_UP.has(char)) return finish(null);
        if (BACKSPACE.has(char)) typed = Array.from(typed).slice(0, -1).join('');
        else typed += char;
      }
    };
    // Echo off before the prompt shows: what is typed the moment it appears (or before)
    // is never shown by the terminal.
    input.setRawMode(true);
    input.resume();
    input.on('data', onData);
    process.stderr.write(prompt);
  });
}
