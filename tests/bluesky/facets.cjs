// SPDX-License-Identifier: GPL-3.0-or-later
// Bluesky's own facet detection, for tst_bluesky to compare Almanac's with:
// reads a JSON array of texts on stdin and prints, for each, the facets
// @atproto/api's RichText.detectFacetsWithoutResolution finds, as
// [kind, byteStart, byteEnd, value] (value: the link, the handle, the tag).
// Run with NODE_PATH set to the test PDS's node_modules (run-pds.sh installs it).
'use strict';
const { RichText } = require('@atproto/api');

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
    const found = JSON.parse(input).map((text) => {
        const rt = new RichText({ text });
        rt.detectFacetsWithoutResolution();
        return (rt.facets || []).map((facet) => {
            const feature = facet.features[0];
            return [feature.$type.split('#')[1], facet.index.byteStart, facet.index.byteEnd,
                    feature.uri ?? feature.did ?? feature.tag];
        });
    });
    process.stdout.write(JSON.stringify(found));
});
