-- Registry search reaches every person (issue 17): by the given name alone (张伟 found by 伟) and by the last digits
-- of an ID number, besides the name's start, pinyin and the number's start (0100). Each is a prefix match on an
-- index, so a search reads only the index entries that match, at 6.5 million persons as at 100 thousand.
--
-- The given name: the name after its surname, a two-character surname (复姓) when the name has more than two
-- characters and starts with one. The list is src/domain/search/pinyin-keys.ts COMPOUND_SURNAMES (a small test
-- keeps the two equal). Immutable, so it can be indexed.
create function person_given_name(name text) returns text
  language sql immutable strict parallel safe
  as $$
    select case
      when char_length(name) > 2 and left(name, 2) in (
        '欧阳', '司马', '诸葛', '上官', '慕容', '东方', '皇甫', '尉迟', '公孙',
        '令狐', '夏侯', '宇文', '长孙', '端木', '轩辕', '澹台', '司徒', '独孤'
      ) then substr(name, 3)
      else substr(name, 2)
    end
  $$;

create index person_given_name_idx on person (person_given_name(name) text_pattern_ops);

-- The end of an ID number (the last 4 or 5 characters a resident reads out): the reversed number's start.
create index person_id_number_reversed on person (reverse(id_number) text_pattern_ops);
