# Commit the tree, then change the work tree: --rev HEAD must show the
# committed content, not the edit.
command -v git >/dev/null 2>&1 || { echo 'git is not installed'; exit 77; }
set -e
git init -q .
git add -A
git -c user.name=fluxc -c user.email=fluxc@example.invalid -c commit.gpgsign=false commit -q -m first
sed -i 's/app: a/app: edited-in-work-tree/' apps/a/cm.yaml
rm clusters/prod/sync.yaml
