# A revision read from git objects: its symlinks (mode 120000 entries)
# are dropped too, as in the artifact the source controller builds.
command -v git >/dev/null 2>&1 || { echo 'git is not installed'; exit 77; }
set -e
ln -s ../../shared/extra.yaml apps/app/extra.yaml
ln -s ../../shared/more apps/app/more
git init -q .
git add -A
git -c user.name=fluxc -c user.email=fluxc@example.invalid -c commit.gpgsign=false commit -q -m first
