#!/usr/bin/env python3
"""Writes the golden CSV inputs and case.json files under csv/<case>/.
The expected.json files are produced by tst_csvgolden with ALMANAC_UPDATE_GOLDEN=1
and then reviewed by hand; this script only makes the inputs reproducible."""
import json, os

NOW = "2026-04-20T00:00:00Z"
STD = [
    {"id": "int_x", "platform": "x"},
    {"id": "int_li", "platform": "linkedin"},
    {"id": "int_ig", "platform": "instagram"},
    {"id": "int_tt", "platform": "tiktok"},
    {"id": "int_bsky", "platform": "bluesky"},
    {"id": "int_masto", "platform": "mastodon"},
    {"id": "int_yt", "platform": "youtube"},
]

def case(name, data, integrations=STD, now=NOW, timezone="UTC", **extra):
    d = os.path.join("csv", name)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "input.csv"), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    cfg = {"now": now, "timezone": timezone, "integrations": integrations}
    cfg.update(extra)
    with open(os.path.join(d, "case.json"), "w") as f:
        json.dump(cfg, f, indent=2)
        f.write("\n")

# --- the reader -------------------------------------------------------------
case("reader_quoted_fields",
     'content,integrations,schedule_at\n'
     '"Quotes ""inside"" and a, comma",x,2026-05-01T09:00:00Z\n'
     '"Two lines\nin one cell",linkedin,2026-05-01T10:00:00Z\n'
     'plain text,x,2026-05-01T11:00:00Z\n'
     '"",x,2026-05-01T12:00:00Z\n')
case("reader_crlf_bom",
     b'\xef\xbb\xbfcontent,integrations,schedule_at\r\n'
     b'"CRLF line\r\nwith a break",x,2026-05-01T09:00:00Z\r\n'
     b'Second,linkedin,2026-05-02T09:00:00Z\r\n')
case("reader_semicolon",
     'content;integrations;schedule_at\n'
     '"Semicolons; and commas, too";x,linkedin;2026-05-01T09:00:00Z\n')
case("reader_tab",
     'content\tintegrations\tschedule_at\n'
     'Tabbed file\tx\t2026-05-01T09:00:00Z\n')
case("reader_invalid_utf8",
     b'content,integrations,schedule_at\n'
     b'fine,x,2026-05-01T09:00:00Z\n'
     b'caf\xe9 in Latin-1,x,2026-05-01T10:00:00Z\n')
case("reader_unterminated_quote",
     'content,integrations,schedule_at\n'
     'fine,x,2026-05-01T09:00:00Z\n'
     '"never closed,x,2026-05-01T10:00:00Z\n'
     'more,x,2026-05-01T11:00:00Z\n')
case("reader_text_after_quote",
     'content,integrations,schedule_at\n'
     '"quoted"tail,x,2026-05-01T09:00:00Z\n')
case("reader_utf16", "content,integrations,schedule_at\nhi,x,2026-05-01T09:00:00Z\n".encode("utf-16"))
case("reader_nul_byte", b'content,integrations,schedule_at\nhi\x00there,x,2026-05-01T09:00:00Z\n')
case("reader_empty", b'')
case("reader_header_only", 'content,integrations,schedule_at\n')
case("reader_blank_lines",
     'content,integrations,schedule_at\n'
     'first,x,2026-05-01T09:00:00Z\n'
     '\n'
     'third row of the sheet,x,\n'
     '\n')
case("reader_field_count",
     'content,integrations,schedule_at\n'
     'too many,x,2026-05-01T09:00:00Z,surplus\n'
     'trailing empty ok,x,2026-05-01T10:00:00Z,,\n'
     'too few,x\n')

# --- the header -------------------------------------------------------------
case("header_not_recognised", 'foo,bar,baz\n1,2,3\n')
case("header_missing_required", 'content,integrations\nhello,x\n')
case("header_aliases_and_unknown",
     'Text,PLATFORMS,Scheduled_At,Media_URLs,Type,notes\n'
     'Aliases work,twitter,2026-05-01T09:00:00Z,,post,this column is ignored\n')
case("header_duplicate_column", 'content,integrations,schedule_at,text\nhi,x,2026-05-01T09:00:00Z,again\n')

# --- OpenPost rules ----------------------------------------------------------
case("openpost_seed_example",
     'content,integrations,schedule_at,post_type\n'
     '"Launching v2 today!",x;linkedin,2026-05-01T09:00:00Z,\n'
     '"Thread on scaling tips…",x,2026-05-02T14:00:00Z,thread\n'
     '"Behind the scenes reel",instagram;tiktok,2026-05-03T18:00:00Z,reel\n')
case("openpost_required",
     'content,integrations,schedule_at\n'
     ',x,2026-05-01T09:00:00Z\n'
     '"   ",x,2026-05-01T09:00:00Z\n'
     'no destination,,2026-05-01T09:00:00Z\n'
     'a draft,x,\n')
case("openpost_integrations",
     'content,integrations,schedule_at\n'
     'by id,int_x,2026-05-01T09:00:00Z\n'
     'by names and aliases,"TWITTER, LinkedIn;bsky",2026-05-01T09:00:00Z\n'
     'unknown id,int_nope,2026-05-01T09:00:00Z\n'
     'platform not connected,pinterest,2026-05-01T09:00:00Z\n'
     'ambiguous platform,facebook,2026-05-01T09:00:00Z\n'
     'repeated,x;int_x;twitter,2026-05-01T09:00:00Z\n',
     integrations=STD + [{"id": "int_fb_a", "platform": "facebook"}, {"id": "int_fb_b", "platform": "facebook"}])
case("openpost_schedule",
     'content,integrations,schedule_at\n'
     'utc,x,2026-05-01T09:00:00Z\n'
     'offset,x,2026-05-01T09:00:00+02:00\n'
     'compact offset,x,2026-05-01T09:00:00-0530\n'
     'no offset uses the zone,x,2026-05-01T09:00\n'
     'space separator,x,2026-05-01 09:00:30\n'
     'fractions,x,2026-05-01T09:00:00.250Z\n'
     'not a date,x,next tuesday\n'
     'bad month,x,2026-13-01T09:00:00Z\n'
     'date only,x,2026-05-01\n'
     'in the past,x,2026-02-28T23:59:59Z\n'
     'in the past with offset,x,2026-03-01T00:30:00+01:00\n'
     'too far ahead,x,2026-08-28T00:00:01Z\n'
     'exactly 180 days,x,2026-08-28T00:00:00Z\n'
     'skipped hour,x,2026-03-29T02:30:00\n'
     'just after the skipped hour,x,2026-03-29T03:00:00\n',
     now="2026-03-01T00:00:00Z", timezone="Europe/Berlin")
# Sydney's clocks go back from 03:00 to 02:00 on 5 April 2026: 02:30 happens twice.
case("openpost_schedule_repeated_hour",
     'content,integrations,schedule_at\n'
     'repeated hour,x,2026-04-05T02:30:00\n'
     'after it,x,2026-04-05T03:30:00\n',
     now="2026-03-01T00:00:00Z", timezone="Australia/Sydney")
case("openpost_text_limits",
     'content,integrations,schedule_at\n'
     + '"' + "a" * 280 + '",x,2026-05-01T09:00:00Z\n'
     + '"' + "a" * 281 + '",x,2026-05-01T09:00:00Z\n'
     + '"' + "a" * 250 + ' https://example.com/a/very/long/path/that/counts/as/twenty-three/only",x,2026-05-01T09:00:00Z\n'
     + '"' + "字" * 140 + '",x,2026-05-01T09:00:00Z\n'
     + '"' + "字" * 141 + '",x,2026-05-01T09:00:00Z\n'
     + '"' + "👩‍👩‍👧‍👦" * 140 + '",x,2026-05-01T09:00:00Z\n'
     + '"' + "🎉" * 300 + '",bsky,2026-05-01T09:00:00Z\n'
     + '"' + "é" * 301 + '",bsky,2026-05-01T09:00:00Z\n'
     + '"' + "b" * 480 + ' https://example.com/' + "x" * 100 + '",mastodon,2026-05-01T09:00:00Z\n'
     + '"' + "b" * 480 + ' https://example.com/x",mastodon;x,2026-05-01T09:00:00Z\n')
case("openpost_post_type",
     'content,integrations,schedule_at,post_type,media\n'
     'reel on instagram,instagram,2026-05-01T09:00:00Z,REEL,https://a.example/reel.mp4\n'
     'story on linkedin,linkedin,2026-05-01T09:00:00Z,story,\n'
     'not a type,x,2026-05-01T09:00:00Z,carousel,\n'
     'thread on x and linkedin,x;linkedin,2026-05-01T09:00:00Z,thread,\n'
     'empty means post,x,2026-05-01T09:00:00Z,,\n')
case("openpost_media",
     'content,integrations,schedule_at,media\n'
     'one image,instagram,2026-05-01T09:00:00Z,https://cdn.example.com/1.jpg\n'
     'hash separated,instagram,2026-05-01T09:00:00Z,https://cdn.example.com/1.jpg#https://cdn.example.com/2.jpg\n'
     'space separated,x,2026-05-01T09:00:00Z,"https://cdn.example.com/1.jpg https://cdn.example.com/2.jpg"\n'
     'not http,x,2026-05-01T09:00:00Z,ftp://cdn.example.com/1.jpg\n'
     'no host,x,2026-05-01T09:00:00Z,https:///1.jpg\n'
     'five for x,x,2026-05-01T09:00:00Z,https://a.example/1#https://a.example/2#https://a.example/3#https://a.example/4#https://a.example/5\n'
     'two for youtube,youtube,2026-05-01T09:00:00Z,https://a.example/1.mp4#https://a.example/2.mp4\n'
     'tiktok without media,tiktok,2026-05-01T09:00:00Z,\n'
     'plain http,x,2026-05-01T09:00:00Z,http://cdn.example.com/1.jpg\n'
     'a camera on this computer,x,2026-05-01T09:00:00Z,https://127.0.0.1:8554/snapshot.png\n'
     'a decimal loopback,x,2026-05-01T09:00:00Z,https://2130706433/x.png\n'
     'the office NAS,x,2026-05-01T09:00:00Z,https://192.168.1.20/share/x.png\n'
     'the metadata service,x,2026-05-01T09:00:00Z,https://169.254.169.254/latest/meta-data/\n'
     'localhost by name,x,2026-05-01T09:00:00Z,https://localhost:9000/x.png\n'
     'a password in the link,x,2026-05-01T09:00:00Z,https://user:hunter2@cdn.example.com/x.png\n'
     'a file on this computer,x,2026-05-01T09:00:00Z,file:///etc/passwd\n')
case("openpost_thread",
     'content,integrations,schedule_at,post_type\n'
     + '"' + "First part " + "a" * 260 + "\n---\nSecond part " + "b" * 260 + '",x;bsky,2026-05-01T09:00:00Z,thread\n'
     + '"' + "ok\n---\n" + "c" * 290 + '",x,2026-05-01T09:00:00Z,thread\n'
     + '"' + "c" * 290 + '",x,2026-05-01T09:00:00Z,post\n')
case("openpost_duplicates",
     'content,integrations,schedule_at\n'
     'Same words,x,2026-05-01T09:00:00Z\n'
     'Same words,x;linkedin,2026-05-01T09:00:00Z\n'
     'Same words,x,2026-05-01T10:00:00Z\n'
     'Already planned,linkedin,2026-05-02T09:00:00Z\n',
     existing_posts=[{"content": "Already planned", "integrations": ["int_li"], "scheduled_at": "2026-05-02T09:00:00Z"}])
case("openpost_tags_and_forced_dialect",
     'content,integrations,schedule_at,tags\n'
     'tagged,x,2026-05-01T09:00:00Z,"launch;q2,team"\n',
     dialect="openpost")

# --- bundle.social rules -----------------------------------------------------
BUNDLE_HEADER = "teamId,title,postDate,status,socialAccountTypes,text"
case("bundle_seed_example",
     BUNDLE_HEADER + ",instagramMediaUrls,tiktokMediaUrls\n"
     'team_456,Hello,2026-04-25T10:00:00Z,SCHEDULED,"INSTAGRAM,TIKTOK",Hello world!,https://cdn.example.com/1.jpg#https://cdn.example.com/2.jpg,https://cdn.example.com/clip.mp4\n'
     'team_456,Launch,2026-04-25T10:00:00Z,DRAFT,LINKEDIN,Launching today,,\n')
case("bundle_required",
     BUNDLE_HEADER + "\n"
     ',,,,,\n'
     'team_1,Title,2026-05-01T09:00:00Z,PUBLISHED,TWITTER,hi\n'
     'team_1,Title,2026-05-01T09:00:00Z,scheduled,"twitter, BLUESKY",lower-case status is fine\n'
     'team_1,Title,2026-05-01T09:00:00Z,SCHEDULED,MYSPACE,unknown platform\n'
     'team_1,Title,2026-05-01T09:00:00Z,SCHEDULED,PINTEREST,not connected\n'
     'team_1,Title,2026-05-01T09:00:00Z,SCHEDULED,TWITTER,\n')
case("bundle_booleans_enums",
     BUNDLE_HEADER + ",tiktokMediaUrls,tiktokDisableComments,tiktokPrivacy,youtubeMadeForKids,youtubeMediaUrls,youtubePrivacy,twitterReplySettings\n"
     'team_1,ok,2026-05-01T09:00:00Z,SCHEDULED,TIKTOK,clip,https://a.example/v.mp4,TRUE,public_to_everyone,,,,\n'
     'team_1,bad bool,2026-05-01T09:00:00Z,SCHEDULED,TIKTOK,clip,https://a.example/v.mp4,yes,SELF_ONLY,,,,\n'
     'team_1,bad enum,2026-05-01T09:00:00Z,SCHEDULED,TIKTOK,clip,https://a.example/v.mp4,false,FRIENDS,,,,\n'
     'team_1,youtube,2026-05-01T09:00:00Z,SCHEDULED,"YOUTUBE,TWITTER",video,,,,False,https://a.example/v.mp4,UNLISTED,mentioned_users\n'
     'team_1,unused columns,2026-05-01T09:00:00Z,SCHEDULED,TWITTER,words,https://a.example/v.mp4,TRUE,,,,,\n')
case("bundle_media_and_overrides",
     BUNDLE_HEADER + ",twitterText,twitterMediaUrls,blueskyText,instagramMediaUrls,instagramType,instagramCollaborators\n"
     'team_1,override,2026-05-01T09:00:00Z,SCHEDULED,"TWITTER,BLUESKY",base text,short for X,https://a.example/1.png,,,,\n'
     + 'team_1,override too long,2026-05-01T09:00:00Z,SCHEDULED,TWITTER,short base,"' + "x" * 281 + '",,,,,\n'
     + 'team_1,base too long for bluesky,2026-05-01T09:00:00Z,SCHEDULED,"TWITTER,BLUESKY","' + "y" * 301 + '","ok for X",,,,,\n'
     'team_1,reel,2026-05-01T09:00:00Z,SCHEDULED,INSTAGRAM,caption,,,,https://a.example/1.mp4,reel,alice#bob\n'
     'team_1,bad media,2026-05-01T09:00:00Z,SCHEDULED,INSTAGRAM,caption,,,,notaurl#https://a.example/2.jpg,STORY,\n'
     'team_1,media only,2026-05-01T09:00:00Z,SCHEDULED,TWITTER,,,https://a.example/1.png,,,,\n'
     'team_1,instagram needs media,2026-05-01T09:00:00Z,SCHEDULED,INSTAGRAM,caption,,,,,,\n')
case("bundle_typed_settings",
     BUNDLE_HEADER + ",instagramMediaUrls,instagramThumbnailOffset,instagramMusicSoundVolume,instagramThumbnail,googleBusinessEventStartDate\n"
     'team_1,good,2026-05-01T09:00:00Z,SCHEDULED,INSTAGRAM,caption,https://a.example/1.jpg,1500,0.5,https://a.example/t.jpg,\n'
     'team_1,bad,2026-05-01T09:00:00Z,SCHEDULED,INSTAGRAM,caption,https://a.example/1.jpg,1.5s,loud,thumb.jpg,\n'
     'team_1,date,2026-05-01T09:00:00Z,SCHEDULED,GOOGLE_BUSINESS,event,,,,,2026-05-10\n'
     'team_1,bad date,2026-05-01T09:00:00Z,SCHEDULED,GOOGLE_BUSINESS,event,,,,,10/05/2026\n',
     integrations=STD + [{"id": "int_gb", "platform": "google_business"}])
case("bundle_local_time",
     BUNDLE_HEADER + "\n"
     'team_1,local,2026-05-01T09:00:00,SCHEDULED,TWITTER,in New York\n',
     timezone="America/New_York")

# Every per-platform column seed 003 lists is known (none is reported as unknown).
SEED003_COLUMNS = """facebookMediaUrls instagramMediaUrls tiktokMediaUrls youtubeMediaUrls linkedinMediaUrls
pinterestMediaUrls redditMediaUrls threadsMediaUrls twitterMediaUrls mastodonMediaUrls blueskyMediaUrls
discordMediaUrls slackMediaUrls googleBusinessMediaUrls facebookType facebookText facebookLink facebookThumbnail
facebookMediaTitle facebookNativeScheduleTime instagramType instagramText instagramThumbnailOffset
instagramThumbnail instagramShareToFeed instagramCollaborators instagramAutoFitImage instagramAutoCropImage
instagramTagged instagramCarouselItems instagramLocationId instagramTrialParamsGraduationStrategy
instagramMusicSoundId instagramMusicSoundVolume instagramVideoOriginalSoundVolume tiktokType tiktokText
tiktokThumbnail tiktokPrivacy tiktokIsBrandContent tiktokIsOrganicBrandContent tiktokDisableComments
tiktokDisableDuet tiktokDisableStitch tiktokThumbnailOffset tiktokIsAiGenerated tiktokAutoAddMusic
tiktokAutoScale tiktokUploadToDraft tiktokPhotoCoverIndex tiktokMusicSoundId tiktokMusicSoundVolume
tiktokMusicSoundStart tiktokMusicSoundEnd tiktokVideoOriginalSoundVolume youtubeType youtubeTitle
youtubeDescription youtubeThumbnail youtubePrivacy youtubeMadeForKids youtubeContainsSyntheticMedia
youtubeHasPaidProductPlacement linkedinText linkedinLink linkedinThumbnail linkedinMediaTitle linkedinPrivacy
linkedinHideFromFeed linkedinDisableReshare pinterestBoardName pinterestTitle pinterestDescription
pinterestLink pinterestThumbnail pinterestAltText pinterestNote pinterestDominantColor redditSubreddit
redditText redditDescription redditLink redditNsfw redditFlairId threadsText twitterText twitterReplySettings
mastodonText mastodonPrivacy mastodonThumbnail mastodonSpoiler blueskyText blueskyTags blueskyLabels
blueskyQuoteUri blueskyExternalUrl blueskyExternalTitle blueskyExternalDescription blueskyVideoAlt
discordChannelId discordText discordUsername discordAvatarUrl slackChannelId slackText slackUsername
slackAvatarUrl googleBusinessText googleBusinessTopicType googleBusinessLanguageCode
googleBusinessCallToActionType googleBusinessCallToActionUrl googleBusinessEventTitle
googleBusinessEventStartDate googleBusinessEventEndDate googleBusinessOfferCouponCode
googleBusinessOfferRedeemOnlineUrl googleBusinessOfferTermsConditions googleBusinessAlertType""".split()
case("bundle_every_seed_column",
     BUNDLE_HEADER + "," + ",".join(SEED003_COLUMNS) + "\n"
     + "team_1,all columns,2026-05-01T09:00:00Z,DRAFT,TWITTER,hello" + "," * len(SEED003_COLUMNS) + "\n")
