#!/usr/bin/env bash
# Runs every .NET test of the solution. Usage: ./test.sh [--results DIR] [extra dotnet test args]
set -euo pipefail
cd "$(dirname "$0")"
results=""
if [ "${1:-}" = "--results" ]; then results="$2"; shift 2; fi
args=(test KpiLang.sln -c Release --nologo)
if [ -n "$results" ]; then args+=(--logger "trx" --results-directory "$results"); fi
dotnet "${args[@]}" "$@"
