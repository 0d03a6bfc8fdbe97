#!/usr/bin/env bash
# Makes a TEST e.firma shaped like the SAT's (domain.md §10), with the stock openssl command:
#   <out>/test-ca.pem         a self-signed test CA (PEM), the trust anchor for `openssl cms -verify`
#   <out>/<name>.cer          the holder's certificate, DER, subject x500UniqueIdentifier = "RFC / REPRESENTATIVE"
#   <out>/<name>.key          its RSA key, DER PKCS#8 encrypted with des3 (openssl pkcs8 -topk8 -v2 des3 -outform DER)
# NOT a real credential: for rehearsals and tests only.
#
# usage: make-test-efirma.sh OUT_DIR RFC PASSWORD [START YYYYMMDDHHMMSSZ] [END YYYYMMDDHHMMSSZ] [NAME] [CA_DIR]
#   CA_DIR: reuse the CA in that folder instead of making a new one.
set -euo pipefail
out=$1; rfc=$2; password=$3
start=${4:-20250101000000Z}; end=${5:-20351231235959Z}; name=${6:-test-$rfc}; ca_dir=${7:-$out}
mkdir -p "$out" "$ca_dir"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

cat > "$work/ca.cnf" <<CNF
[ ca ]
default_ca = test
[ test ]
database = $work/index.txt
new_certs_dir = $work
serial = $work/serial
default_md = sha256
policy = anything
unique_subject = no
copy_extensions = none
x509_extensions = holder
[ anything ]
organizationName = optional
x500UniqueIdentifier = optional
serialNumber = optional
commonName = supplied
[ holder ]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature, nonRepudiation
[ authority ]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
CNF
: > "$work/index.txt"
printf '01\n' > "$work/serial"

# The CA is valid from 2020, so that signatures dated in the past verify at their signing time.
if [ ! -f "$ca_dir/test-ca.pem" ]; then
  openssl req -new -newkey rsa:2048 -nodes -sha256 -keyout "$ca_dir/test-ca.key.pem" -out "$work/ca-req.pem" \
    -subj "/O=IMMEX TEST CA - NOT THE SAT/CN=IMMEX Test Certification Authority" 2>/dev/null
  openssl ca -batch -selfsign -config "$work/ca.cnf" -keyfile "$ca_dir/test-ca.key.pem" -extensions authority \
    -startdate 20200101000000Z -enddate 20451231235959Z -notext -in "$work/ca-req.pem" -out "$ca_dir/test-ca.pem" 2>/dev/null
fi
# A SAT-like serial: the ASCII digits of a 20-digit certificate number, in hexadecimal.
printf '3330303031303030303030353030303030303031\n' > "$work/serial"

openssl req -new -newkey rsa:2048 -nodes -sha256 -keyout "$work/key.pem" -out "$work/req.pem" \
  -subj "/CN=PRUEBA $rfc (TEST CREDENTIAL)/O=PRUEBA $rfc/x500UniqueIdentifier=$rfc \\/ XAXX010101000/serialNumber= \\/ XAXX010101HNEXXXA4" 2>/dev/null
openssl ca -batch -config "$work/ca.cnf" -cert "$ca_dir/test-ca.pem" -keyfile "$ca_dir/test-ca.key.pem" \
  -startdate "$start" -enddate "$end" -notext -in "$work/req.pem" -out "$work/cert.pem" 2>/dev/null
openssl x509 -in "$work/cert.pem" -outform DER -out "$out/$name.cer"
openssl pkcs8 -topk8 -v2 des3 -in "$work/key.pem" -outform DER -out "$out/$name.key" -passout "pass:$password"
