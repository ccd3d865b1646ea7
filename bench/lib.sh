# What the bench shell scripts share; source it after `cd` to the repository root.

# Exits naming the first of TOOLS that is missing, with HINT (how to install them).
require_tools() {
    local hint=$1 tool
    shift
    for tool in "$@"; do
        command -v "$tool" >/dev/null || { echo "bench: $tool is missing ($hint)" >&2; exit 1; }
    done
}

# Prints the leadiq to measure: $LEADIQ_BIN when set, else the release build under .build-release, built first as the
# README installs it (one set of flags per scratch folder, or every build starts over).
leadiq_binary() {
    if [ -n "${LEADIQ_BIN:-}" ]; then
        echo "$LEADIQ_BIN"
        return
    fi
    swift build -c release --static-swift-stdlib --scratch-path .build-release --product leadiq >&2
    echo .build-release/release/leadiq
}
