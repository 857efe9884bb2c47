"use strict";(()=>{var se,y,ae,pn,k,te,ue,ce,F,O,R,le,G,H,j,mn,de={},V=[],fn=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,U=Array.isArray;function $(n,e){for(var t in e)n[t]=e[t];return n}function z(n){n&&n.parentNode&&n.parentNode.removeChild(n)}function Q(n,e,t,i,s){var r={type:n,props:e,key:t,ref:i,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:s??++ae,__i:-1,__u:0};return s==null&&y.vnode!=null&&y.vnode(r),r}function X(n){return n.children}function M(n,e){this.props=n,this.context=e}function T(n,e){if(e==null)return n.__?T(n.__,n.__i+1):null;for(var t;e<n.__k.length;e++)if((t=n.__k[e])!=null&&t.__e!=null)return t.__e;return typeof n.type=="function"?T(n):null}function yn(n){if(n.__P&&n.__d){var e=n.__v,t=e.__e,i=[],s=[],r=$({},e);r.__v=e.__v+1,y.vnode&&y.vnode(r),ye(n.__P,r,e,n.__n,n.__P.namespaceURI,32&e.__u?[t]:null,i,t??T(e),!!(32&e.__u),s),r.__v=e.__v,r.__.__k[r.__i]=r,_n(i,r,s),e.__e=e.__=null,r.__e!=t&&pe(r)}}function pe(n){if((n=n.__)!=null&&n.__c!=null)return n.__e=n.__c.base=null,n.__k.some(function(e){if(e!=null&&e.__e!=null)return n.__e=n.__c.base=e.__e}),pe(n)}function oe(n){(!n.__d&&(n.__d=!0)&&k.push(n)&&!K.__r++||te!=y.debounceRendering)&&((te=y.debounceRendering)||ue)(K)}function K(){try{for(var n,e=1;k.length;)k.length>e&&k.sort(ce),n=k.shift(),e=k.length,yn(n)}finally{k.length=K.__r=0}}function me(n,e,t,i,s,r,u,c,f,a,p){var _,o,l,C,A,g,h=i&&i.__k||V,m=e.length;for(f=Cn(t,e,h,f,m),_=0;_<m;_++)(l=t.__k[_])!=null&&(o=l.__i!=-1&&h[l.__i]||de,l.__i=_,g=ye(n,l,o,s,r,u,c,f,a,p),C=l.__e,l.ref&&o.ref!=l.ref&&(o.ref&&Y(o.ref,null,l),p.push(l.ref,l.__c||C,l)),A==null&&C!=null&&(A=C),4&l.__u?(f=fe(l,f,n),o.__e&&(o.__e=null)):typeof l.type=="function"&&g!==void 0?f=g:C&&(f=C.nextSibling),l.__u&=-7);return t.__e=A,f}function Cn(n,e,t,i,s){var r,u,c,f,a,p=t.length,_=p,o=0;for(n.__k=new Array(s),r=0;r<s;r++)(u=e[r])!=null&&typeof u!="boolean"&&typeof u!="function"?(typeof u=="string"||typeof u=="number"||typeof u=="bigint"||u.constructor==String?u=n.__k[r]=Q(null,u,null,null,null):U(u)?u=n.__k[r]=Q(X,{children:u},null,null,null):u.constructor===void 0&&u.__b>0?u=n.__k[r]=Q(u.type,u.props,u.key,u.ref?u.ref:null,u.__v):n.__k[r]=u,f=r+o,u.__=n,u.__b=n.__b+1,c=null,(a=u.__i=hn(u,t,f,_))!=-1&&(_--,(c=t[a])&&(c.__u|=2)),c==null||c.__v==null?(a==-1&&(s>p?o--:s<p&&o++),typeof u.type!="function"&&(u.__u|=4)):a!=f&&(a==f-1?o--:a==f+1?o++:(a>f?o--:o++,u.__u|=4))):n.__k[r]=null;if(_)for(r=0;r<p;r++)(c=t[r])!=null&&(2&c.__u)==0&&(c.__e==i&&(i=T(c)),_e(c,c));return i}function fe(n,e,t){var i,s;if(typeof n.type=="function"){for(i=n.__k,s=0;i&&s<i.length;s++)i[s]&&(i[s].__=n,e=fe(i[s],e,t));return e}n.__e!=e&&(e&&n.type&&!e.parentNode&&(e=T(n)),e=t.insertBefore(n.__e,e||null));do e=e&&e.nextSibling;while(e!=null&&e.nodeType==8);return e}function hn(n,e,t,i){var s,r,u,c=n.key,f=n.type,a=e[t],p=a!=null&&(2&a.__u)==0;if(a===null&&c==null||p&&c==a.key&&f==a.type)return t;if(i>(p?1:0)){for(s=t-1,r=t+1;s>=0||r<e.length;)if((a=e[u=s>=0?s--:r++])!=null&&(2&a.__u)==0&&c==a.key&&f==a.type)return u}return-1}function re(n,e,t){e[0]=="-"?n.setProperty(e,t??""):n[e]=t==null?"":typeof t!="number"||fn.test(e)?t:t+"px"}function N(n,e,t,i,s){var r,u;e:if(e=="style")if(typeof t=="string")n.style.cssText=t;else{if(typeof i=="string"&&(n.style.cssText=i=""),i)for(e in i)t&&e in t||re(n.style,e,"");if(t)for(e in t)i&&t[e]==i[e]||re(n.style,e,t[e])}else if(e[0]=="o"&&e[1]=="n")r=e!=(e=e.replace(le,"$1")),u=e.toLowerCase(),e=u in n||e=="onFocusOut"||e=="onFocusIn"?u.slice(2):e.slice(2),n.l||(n.l={}),n.l[e+r]=t,t?i?t[R]=i[R]:(t[R]=G,n.addEventListener(e,r?j:H,r)):n.removeEventListener(e,r?j:H,r);else{if(s=="http://www.w3.org/2000/svg")e=e.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(e!="width"&&e!="height"&&e!="href"&&e!="list"&&e!="form"&&e!="tabIndex"&&e!="download"&&e!="rowSpan"&&e!="colSpan"&&e!="role"&&e!="popover"&&e in n)try{n[e]=t??"";break e}catch{}typeof t=="function"||(t==null||t===!1&&e[4]!="-"?n.removeAttribute(e):n.setAttribute(e,e=="popover"&&t==1?"":t))}}function ie(n){return function(e){if(this.l){var t=this.l[e.type+n];if(e[O]==null)e[O]=G++;else if(e[O]<t[R])return;return t(y.event?y.event(e):e)}}}function ye(n,e,t,i,s,r,u,c,f,a){var p,_,o,l,C,A,g,h,m,E,S,I,w,ne,q,L,D=e.type;if(e.constructor!==void 0)return null;128&t.__u&&(f=!!(32&t.__u),r=[c=e.__e=t.__e]),(p=y.__b)&&p(e);e:if(typeof D=="function"){_=u.length;try{if(m=e.props,E=D.prototype&&D.prototype.render,S=(p=D.contextType)&&i[p.__c],I=p?S?S.props.value:p.__:i,t.__c?h=(o=e.__c=t.__c).__=o.__E:(E?e.__c=o=new D(m,I):(e.__c=o=new M(m,I),o.constructor=D,o.render=bn),S&&S.sub(o),o.state||(o.state={}),o.__n=i,l=o.__d=!0,o.__h=[],o._sb=[]),E&&o.__s==null&&(o.__s=o.state),E&&D.getDerivedStateFromProps!=null&&(o.__s==o.state&&(o.__s=$({},o.__s)),$(o.__s,D.getDerivedStateFromProps(m,o.__s))),C=o.props,A=o.state,o.__v=e,l)E&&D.getDerivedStateFromProps==null&&o.componentWillMount!=null&&o.componentWillMount(),E&&o.componentDidMount!=null&&o.__h.push(o.componentDidMount);else{if(E&&D.getDerivedStateFromProps==null&&m!==C&&o.componentWillReceiveProps!=null&&o.componentWillReceiveProps(m,I),e.__v==t.__v||!o.__e&&o.shouldComponentUpdate!=null&&o.shouldComponentUpdate(m,o.__s,I)===!1){e.__v!=t.__v&&(o.props=m,o.state=o.__s,o.__d=!1),e.__e=t.__e,e.__k=t.__k,e.__k.some(function(x){x&&(x.__=e)}),V.push.apply(o.__h,o._sb),o._sb=[],o.__h.length&&u.push(o),c=T(t);break e}o.componentWillUpdate!=null&&o.componentWillUpdate(m,o.__s,I),E&&o.componentDidUpdate!=null&&o.__h.push(function(){o.componentDidUpdate(C,A,g)})}if(o.context=I,o.props=m,o.__P=n,o.__e=!1,w=y.__r,ne=0,E)o.state=o.__s,o.__d=!1,w&&w(e),p=o.render(o.props,o.state,o.context),V.push.apply(o.__h,o._sb),o._sb=[];else do o.__d=!1,w&&w(e),p=o.render(o.props,o.state,o.context),o.state=o.__s;while(o.__d&&++ne<25);o.state=o.__s,o.getChildContext!=null&&(i=$($({},i),o.getChildContext())),E&&!l&&o.getSnapshotBeforeUpdate!=null&&(g=o.getSnapshotBeforeUpdate(C,A)),q=p!=null&&p.type===X&&p.key==null?he(p.props.children):p,c=me(n,U(q)?q:[q],e,t,i,s,r,u,c,f,a),o.base=e.__e,e.__u&=-161,o.__h.length&&u.push(o),h&&(o.__E=o.__=null)}catch(x){if(u.length=_,e.__v=null,f||r!=null){if(x.then){for(e.__u|=f?160:128;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;r!=null&&(r[r.indexOf(c)]=null),e.__e=c}else if(r!=null)for(L=r.length;L--;)z(r[L])}else e.__e=t.__e;e.__k==null&&(e.__k=t.__k||[]),x.then||Ce(e),y.__e(x,e,t)}}else r==null&&e.__v==t.__v?(e.__k=t.__k,e.__e=t.__e):c=e.__e=gn(t.__e,e,t,i,s,r,u,f,a);return(p=y.diffed)&&p(e),128&e.__u?void 0:c}function Ce(n){n&&(n.__c&&(n.__c.__e=!0),n.__k&&n.__k.some(Ce))}function _n(n,e,t){for(var i=0;i<t.length;i++)Y(t[i],t[++i],t[++i]);y.__c&&y.__c(e,n),n.some(function(s){try{n=s.__h,s.__h=[],n.some(function(r){r.call(s)})}catch(r){y.__e(r,s.__v)}})}function he(n){return typeof n!="object"||n==null||n.__b>0?n:U(n)?n.map(he):n.constructor!==void 0?null:$({},n)}function gn(n,e,t,i,s,r,u,c,f){var a,p,_,o,l,C,A,g=t.props||de,h=e.props,m=e.type;if(m=="svg"?s="http://www.w3.org/2000/svg":m=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),r!=null){for(a=0;a<r.length;a++)if((l=r[a])&&"setAttribute"in l==!!m&&(m?l.localName==m:l.nodeType==3)){n=l,r[a]=null;break}}if(n==null){if(m==null)return document.createTextNode(h);n=document.createElementNS(s,m,h.is&&h),c&&(y.__m&&y.__m(e,r),c=!1),r=null}if(m==null)g===h||c&&n.data==h||(n.data=h);else{if(r=m=="textarea"&&h.defaultValue!=null?null:r&&se.call(n.childNodes),!c&&r!=null)for(g={},a=0;a<n.attributes.length;a++)g[(l=n.attributes[a]).name]=l.value;for(a in g)l=g[a],a=="dangerouslySetInnerHTML"?_=l:a=="children"||a in h||a=="value"&&"defaultValue"in h||a=="checked"&&"defaultChecked"in h||N(n,a,null,l,s);for(a in h)l=h[a],a=="children"?o=l:a=="dangerouslySetInnerHTML"?p=l:a=="value"?C=l:a=="checked"?A=l:c&&typeof l!="function"||g[a]===l||N(n,a,l,g[a],s);if(p)c||_&&(p.__html==_.__html||p.__html==n.innerHTML)||(n.innerHTML=p.__html),e.__k=[];else if(_&&(n.innerHTML=""),me(e.type=="template"?n.content:n,U(o)?o:[o],e,t,i,m=="foreignObject"?"http://www.w3.org/1999/xhtml":s,r,u,r?r[0]:t.__k&&T(t,0),c,f),r!=null)for(a=r.length;a--;)z(r[a]);c&&m!="textarea"||(a="value",m=="progress"&&C==null?n.removeAttribute("value"):C!=null&&(C!==n[a]||m=="progress"&&!C||m=="option"&&C!=g[a])&&N(n,a,C,g[a],s),a="checked",A!=null&&A!=n[a]&&N(n,a,A,g[a],s))}return n}function Y(n,e,t){try{if(typeof n=="function"){var i=typeof n.__u=="function";i&&n.__u(),i&&e==null||(n.__u=n(e))}else n.current=e}catch(s){y.__e(s,t)}}function _e(n,e,t){var i,s;if(y.unmount&&y.unmount(n),(i=n.ref)&&(i.current&&i.current!=n.__e||Y(i,null,e)),(i=n.__c)!=null){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(r){y.__e(r,e)}i.base=i.__P=i.__n=null}if(i=n.__k)for(s=0;s<i.length;s++)i[s]&&_e(i[s],e,t||typeof n.type!="function");t||z(n.__e),n.__c=n.__=n.__e=void 0}function bn(n,e,t){return this.constructor(n,t)}se=V.slice,y={__e:function(n,e,t,i){for(var s,r,u;e=e.__;)if((s=e.__c)&&!s.__)try{if((r=s.constructor)&&r.getDerivedStateFromError!=null&&(s.setState(r.getDerivedStateFromError(n)),u=s.__d),s.componentDidCatch!=null&&(s.componentDidCatch(n,i||{}),u=s.__d),u)return s.__E=s}catch(c){n=c}throw n}},ae=0,pn=function(n){return n!=null&&n.constructor===void 0},M.prototype.setState=function(n,e){var t;t=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=$({},this.state),typeof n=="function"&&(n=n($({},t),this.props)),n&&$(t,n),n!=null&&this.__v&&(e&&this._sb.push(e),oe(this))},M.prototype.forceUpdate=function(n){this.__v&&(this.__e=!0,n&&this.__h.push(n),oe(this))},M.prototype.render=X,k=[],ue=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,ce=function(n,e){return n.__v.__b-e.__v.__b},K.__r=0,F=Math.random().toString(8),O="__d"+F,R="__a"+F,le=/(PointerCapture)$|Capture$/i,G=0,H=ie(!1),j=ie(!0),mn=0;var ge,v,J,be;var Te=[],b=y,Ae=b.__b,Ee=b.__r,De=b.diffed,ve=b.__c,$e=b.unmount,ke=b.__;function An(){for(var n;n=Te.shift();){var e=n.__H;if(n.__P&&e)try{e.__h.some(B),e.__h.some(Z),e.__h=[]}catch(t){e.__h=[],b.__e(t,n.__v)}}}b.__b=function(n){v=null,Ae&&Ae(n)},b.__=function(n,e){n&&e.__k&&e.__k.__m&&(n.__m=e.__k.__m),ke&&ke(n,e)},b.__r=function(n){Ee&&Ee(n),ge=0;var e=(v=n.__c).__H;e&&(J===v?(e.__h=[],v.__h=[],e.__.some(function(t){t.__N&&(t.__=t.__N),t.u=t.__N=void 0})):(e.__h.some(B),e.__h.some(Z),e.__h=[],ge=0)),J=v},b.diffed=function(n){De&&De(n);var e=n.__c;e&&e.__H&&(e.__H.__h.length&&(Te.push(e)!==1&&be===b.requestAnimationFrame||((be=b.requestAnimationFrame)||En)(An)),e.__H.__.some(function(t){t.u&&(t.__H=t.u,t.u=void 0)})),J=v=null},b.__c=function(n,e){e.some(function(t){try{t.__h.some(B),t.__h=t.__h.filter(function(i){return!i.__||Z(i)})}catch(i){e.some(function(s){s.__h&&(s.__h=[])}),e=[],b.__e(i,t.__v)}}),ve&&ve(n,e)},b.unmount=function(n){$e&&$e(n);var e,t=n.__c;t&&t.__H&&(t.__H.__.some(function(i){try{B(i)}catch(s){e=s}}),t.__H=void 0,e&&b.__e(e,t.__v))};var Ie=typeof requestAnimationFrame=="function";function En(n){var e,t=function(){clearTimeout(i),Ie&&cancelAnimationFrame(e),setTimeout(n)},i=setTimeout(t,35);Ie&&(e=requestAnimationFrame(t))}function B(n){var e=v,t=n.__c;typeof t=="function"&&(n.__c=void 0,t()),v=e}function Z(n){var e=v;n.__c=n.__(),v=e}var d=class extends String{__apiType;value;__meta__;constructor(e,t){super(e),this.value=e,this.__meta__=t}toString(){return this.value}},xe=new d(`
    query ConnectStart {
  viewer {
    permission
    authAccess {
      personId
      sources
      expiresTime
    }
  }
  sources(first: 100) {
    edges {
      node {
        key
        name
        credentialTypes {
          key
          name
          requiresPlatformApp
          fields {
            name
            label
            secret
            required
            pattern
          }
          hostedOAuth {
            fields {
              name
              label
              secret
              required
              pattern
            }
          }
        }
      }
    }
  }
  platformApps(first: 100, orderBy: [{field: CREATED_TIME, direction: ASC}]) {
    edges {
      node {
        id
        source {
          key
        }
      }
    }
  }
}
    `),Se=new d(`
    mutation ConnectAccount($input: CreateAccountInput!) {
  createAccount(input: $input) {
    alreadyExists
    account {
      id
      identifier
      source {
        key
        name
      }
    }
  }
}
    `),we=new d(`
    mutation StartOAuthConnect($input: StartOAuthConnectInput!) {
  startOAuthConnect(input: $input) {
    connectUrl
    oauthConnect {
      id
      status
      source
      expiresTime
    }
  }
}
    `),Re=new d(`
    query OAuthConnect($id: ID!) {
  oauthConnect(id: $id) {
    id
    status
    alreadyExists
    account {
      id
      identifier
      source {
        key
        name
      }
    }
    errorCode
    expiresTime
  }
}
    `),Pe=new d(`
    query ConsoleViewer {
  viewer {
    permission
    environment {
      id
      name
      slug
    }
    authAccess {
      id
      name
      personId
    }
  }
}
    `),We=new d(`
    query ConsoleAccounts($filter: String, $sortBy: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  accounts(
    filter: $filter
    sortBy: $sortBy
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        identifier
        displayName
        isEnabled
        disabledReason
        verificationStatus
        verifiedTime
        verificationError
        createdTime
        source {
          key
          name
        }
        creator {
          kind
          personId
          authAccess {
            name
          }
        }
      }
    }
  }
}
    `),qe=new d(`
    query ConsoleAccount($id: ID!, $events: String!) {
  account(id: $id) {
    id
    identifier
    identifierKind
    displayName
    externalId
    foreignId
    metadata
    isEnabled
    disabledReason
    verificationStatus
    verifiedTime
    verificationError
    createdTime
    updatedTime
    credentialType
    source {
      key
      name
    }
    platformApp {
      name
    }
    creator {
      kind
      personId
      authAccess {
        name
      }
    }
  }
  events(filter: $events, sortBy: "createdTime:DESC", first: 50) {
    edges {
      node {
        id
        type
        createdTime
        data
        personId
        authAccess {
          name
        }
      }
    }
  }
}
    `),Ne=new d(`
    query ConsoleCatalog {
  sources(first: 100) {
    edges {
      node {
        id
        key
        name
        verification {
          baseUrl
          method
          path
          placement
          identifierPath
        }
        credentialTypes {
          key
          name
          requiresPlatformApp
          fields {
            name
            label
            secret
            required
            pattern
          }
          hostedOAuth {
            defaultScopes
          }
        }
      }
    }
  }
}
    `),Oe=new d(`
    query ConsolePlatformApps {
  platformApps(first: 100, sortBy: "name") {
    edges {
      node {
        id
        name
        clientId
        oauthScopes
        createdTime
        source {
          key
          name
        }
      }
    }
  }
}
    `),Me=new d(`
    mutation ConsoleCreateAccount($input: CreateAccountInput!) {
  createAccount(input: $input) {
    alreadyExists
    account {
      id
      identifier
      source {
        name
      }
    }
  }
}
    `),Ve=new d(`
    mutation ConsoleVerifyAccount($id: ID!) {
  verifyAccount(id: $id) {
    account {
      id
      isEnabled
      disabledReason
      verificationStatus
      verifiedTime
      verificationError
    }
  }
}
    `),Ke=new d(`
    mutation ConsoleEnableAccount($id: ID!) {
  enableAccount(id: $id) {
    account {
      id
      isEnabled
      disabledReason
    }
  }
}
    `),Ue=new d(`
    mutation ConsoleDisableAccount($id: ID!) {
  disableAccount(id: $id) {
    account {
      id
      isEnabled
      disabledReason
    }
  }
}
    `),Be=new d(`
    mutation ConsoleDeleteAccount($id: ID!, $revoke: Boolean) {
  deleteAccount(id: $id, revoke: $revoke) {
    deletedId
    revocation
    revocationError
  }
}
    `),Le=new d(`
    mutation ConsoleUpdateAccount($id: ID!, $change: AccountChange, $remove: [AccountField!]) {
  updateAccount(id: $id, change: $change, remove: $remove) {
    account {
      id
      identifier
      displayName
      metadata
      foreignId
    }
  }
}
    `),Fe=new d(`
    query ConsoleKeys($filter: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  authAccesses(
    filter: $filter
    sortBy: "createdTime:DESC"
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        name
        description
        foreignId
        foreignData
        token
        permission
        isEnabled
        lastUsedTime
        expiresTime
        personId
        sources
        createdTime
      }
    }
  }
}
    `),Qe=new d(`
    mutation ConsoleCreateKey($input: CreateAuthAccessInput!) {
  createAuthAccess(input: $input) {
    secretKey
    authAccess {
      id
      name
      token
      permission
    }
  }
}
    `),He=new d(`
    mutation ConsoleRotateKey($id: ID!, $gracePeriod: Int) {
  rotateAuthAccessSecret(id: $id, gracePeriod: $gracePeriod) {
    secretKey
    previousSecretExpiresTime
    authAccess {
      id
      name
    }
  }
}
    `),je=new d(`
    mutation ConsoleEnableKey($id: ID!) {
  enableAuthAccess(id: $id) {
    authAccess {
      id
      isEnabled
    }
  }
}
    `),Ge=new d(`
    mutation ConsoleDisableKey($id: ID!) {
  disableAuthAccess(id: $id) {
    authAccess {
      id
      isEnabled
    }
  }
}
    `),ze=new d(`
    mutation ConsoleUpdateKey($id: ID!, $change: AuthAccessChange, $remove: [AuthAccessField!]) {
  updateAuthAccess(id: $id, change: $change, remove: $remove) {
    authAccess {
      id
      description
      foreignData
    }
  }
}
    `),Xe=new d(`
    mutation ConsoleCreateConnectSession($input: CreateConnectSessionInput!) {
  createConnectSession(input: $input) {
    secretKey
    expiresTime
    authAccess {
      id
      name
      personId
      sources
    }
  }
}
    `),Ye=new d(`
    query ConsoleRecentEvents($filter: String) {
  events(filter: $filter, sortBy: "createdTime:DESC", first: 50) {
    edges {
      node {
        id
        type
        subjectId
        personId
        createdTime
        data
        authAccess {
          name
        }
      }
    }
  }
}
    `),Je=new d(`
    subscription ConsoleEvents($types: [EventType!]) {
  events(types: $types) {
    id
    type
    subjectId
    personId
    createdTime
    data
    authAccess {
      name
    }
  }
}
    `),Ze=new d(`
    mutation ConsoleCreatePlatformApp($input: CreatePlatformAppInput!) {
  createPlatformApp(input: $input) {
    platformApp {
      id
      name
      clientId
    }
  }
}
    `),en=new d(`
    mutation ConsoleCreateCustomSource($input: CreateCustomSourceInput!) {
  createCustomSource(input: $input) {
    source {
      id
      key
      name
    }
  }
}
    `),nn=new d(`
    query ConsoleWebhookEndpoints($first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  webhookEndpoints(
    sortBy: "createdTime:DESC"
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        url
        description
        eventTypes
        isEnabled
        disabledReason
        failingSince
        previousSecretExpiresTime
        createdTime
      }
    }
  }
}
    `),tn=new d(`
    query ConsoleWebhookDeliveries($filter: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  webhookDeliveries(
    filter: $filter
    sortBy: "createdTime:DESC"
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        status
        attemptCount
        nextAttemptTime
        deliveredTime
        createdTime
        subjectId
        endpoint {
          id
          url
        }
        event {
          id
          type
        }
        attempts {
          createdTime
          statusCode
          durationMs
          error
        }
      }
    }
  }
}
    `),on=new d(`
    mutation ConsoleCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    secret
    webhookEndpoint {
      id
      url
    }
  }
}
    `),rn=new d(`
    mutation ConsoleRotateWebhookSecret($id: ID!, $overlap: Int) {
  rotateWebhookEndpointSecret(id: $id, overlap: $overlap) {
    secret
    webhookEndpoint {
      id
      previousSecretExpiresTime
    }
  }
}
    `),sn=new d(`
    mutation ConsoleEnableWebhookEndpoint($id: ID!) {
  enableWebhookEndpoint(id: $id) {
    webhookEndpoint {
      id
      isEnabled
      disabledReason
    }
  }
}
    `),an=new d(`
    mutation ConsoleDisableWebhookEndpoint($id: ID!) {
  disableWebhookEndpoint(id: $id) {
    webhookEndpoint {
      id
      isEnabled
      disabledReason
    }
  }
}
    `),un=new d(`
    mutation ConsoleDeleteWebhookEndpoint($id: ID!) {
  deleteWebhookEndpoint(id: $id) {
    deletedId
  }
}
    `),cn=new d(`
    mutation ConsoleRedeliverWebhook($id: ID!) {
  redeliverWebhook(id: $id) {
    webhookDelivery {
      id
      status
      nextAttemptTime
    }
  }
}
    `);var vn={"\n  query ConnectStart {\n    viewer { permission authAccess { personId sources expiresTime } }\n    sources(first: 100) {\n      edges {\n        node {\n          key name\n          credentialTypes {\n            key name requiresPlatformApp\n            fields { name label secret required pattern }\n            hostedOAuth { fields { name label secret required pattern } }\n          }\n        }\n      }\n    }\n    platformApps(first: 100, orderBy: [{ field: CREATED_TIME, direction: ASC }]) { edges { node { id source { key } } } }\n  }\n":xe,"\n  mutation ConnectAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) { alreadyExists account { id identifier source { key name } } }\n  }\n":Se,"\n  mutation StartOAuthConnect($input: StartOAuthConnectInput!) {\n    startOAuthConnect(input: $input) { connectUrl oauthConnect { id status source expiresTime } }\n  }\n":we,"\n  query OAuthConnect($id: ID!) {\n    oauthConnect(id: $id) { id status alreadyExists account { id identifier source { key name } } errorCode expiresTime }\n  }\n":Re,"\n  query ConsoleViewer {\n    viewer {\n      permission\n      environment { id name slug }\n      authAccess { id name personId }\n    }\n  }\n":Pe,"\n  query ConsoleAccounts($filter: String, $sortBy: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    accounts(filter: $filter, sortBy: $sortBy, first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges {\n        node {\n          id identifier displayName isEnabled disabledReason\n          verificationStatus verifiedTime verificationError createdTime\n          source { key name }\n          creator { kind personId authAccess { name } }\n        }\n      }\n    }\n  }\n":We,'\n  query ConsoleAccount($id: ID!, $events: String!) {\n    account(id: $id) {\n      id identifier identifierKind displayName externalId foreignId metadata\n      isEnabled disabledReason verificationStatus verifiedTime verificationError\n      createdTime updatedTime credentialType\n      source { key name }\n      platformApp { name }\n      creator { kind personId authAccess { name } }\n    }\n    events(filter: $events, sortBy: "createdTime:DESC", first: 50) {\n      edges { node { id type createdTime data personId authAccess { name } } }\n    }\n  }\n':qe,"\n  query ConsoleCatalog {\n    sources(first: 100) {\n      edges {\n        node {\n          id key name\n          verification { baseUrl method path placement identifierPath }\n          credentialTypes { key name requiresPlatformApp fields { name label secret required pattern } hostedOAuth { defaultScopes } }\n        }\n      }\n    }\n  }\n":Ne,'\n  query ConsolePlatformApps {\n    platformApps(first: 100, sortBy: "name") {\n      edges { node { id name clientId oauthScopes createdTime source { key name } } }\n    }\n  }\n':Oe,"\n  mutation ConsoleCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) { alreadyExists account { id identifier source { name } } }\n  }\n":Me,"\n  mutation ConsoleVerifyAccount($id: ID!) {\n    verifyAccount(id: $id) { account { id isEnabled disabledReason verificationStatus verifiedTime verificationError } }\n  }\n":Ve,"\n  mutation ConsoleEnableAccount($id: ID!) {\n    enableAccount(id: $id) { account { id isEnabled disabledReason } }\n  }\n":Ke,"\n  mutation ConsoleDisableAccount($id: ID!) {\n    disableAccount(id: $id) { account { id isEnabled disabledReason } }\n  }\n":Ue,"\n  mutation ConsoleDeleteAccount($id: ID!, $revoke: Boolean) {\n    deleteAccount(id: $id, revoke: $revoke) { deletedId revocation revocationError }\n  }\n":Be,"\n  mutation ConsoleUpdateAccount($id: ID!, $change: AccountChange, $remove: [AccountField!]) {\n    updateAccount(id: $id, change: $change, remove: $remove) { account { id identifier displayName metadata foreignId } }\n  }\n":Le,'\n  query ConsoleKeys($filter: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    authAccesses(filter: $filter, sortBy: "createdTime:DESC", first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges {\n        node {\n          id name description foreignId foreignData token permission isEnabled\n          lastUsedTime expiresTime personId sources createdTime\n        }\n      }\n    }\n  }\n':Fe,"\n  mutation ConsoleCreateKey($input: CreateAuthAccessInput!) {\n    createAuthAccess(input: $input) { secretKey authAccess { id name token permission } }\n  }\n":Qe,"\n  mutation ConsoleRotateKey($id: ID!, $gracePeriod: Int) {\n    rotateAuthAccessSecret(id: $id, gracePeriod: $gracePeriod) { secretKey previousSecretExpiresTime authAccess { id name } }\n  }\n":He,"\n  mutation ConsoleEnableKey($id: ID!) {\n    enableAuthAccess(id: $id) { authAccess { id isEnabled } }\n  }\n":je,"\n  mutation ConsoleDisableKey($id: ID!) {\n    disableAuthAccess(id: $id) { authAccess { id isEnabled } }\n  }\n":Ge,"\n  mutation ConsoleUpdateKey($id: ID!, $change: AuthAccessChange, $remove: [AuthAccessField!]) {\n    updateAuthAccess(id: $id, change: $change, remove: $remove) { authAccess { id description foreignData } }\n  }\n":ze,"\n  mutation ConsoleCreateConnectSession($input: CreateConnectSessionInput!) {\n    createConnectSession(input: $input) { secretKey expiresTime authAccess { id name personId sources } }\n  }\n":Xe,'\n  query ConsoleRecentEvents($filter: String) {\n    events(filter: $filter, sortBy: "createdTime:DESC", first: 50) {\n      edges { node { id type subjectId personId createdTime data authAccess { name } } }\n    }\n  }\n':Ye,"\n  subscription ConsoleEvents($types: [EventType!]) {\n    events(types: $types) { id type subjectId personId createdTime data authAccess { name } }\n  }\n":Je,"\n  mutation ConsoleCreatePlatformApp($input: CreatePlatformAppInput!) {\n    createPlatformApp(input: $input) { platformApp { id name clientId } }\n  }\n":Ze,"\n  mutation ConsoleCreateCustomSource($input: CreateCustomSourceInput!) {\n    createCustomSource(input: $input) { source { id key name } }\n  }\n":en,'\n  query ConsoleWebhookEndpoints($first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    webhookEndpoints(sortBy: "createdTime:DESC", first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges {\n        node { id url description eventTypes isEnabled disabledReason failingSince previousSecretExpiresTime createdTime }\n      }\n    }\n  }\n':nn,'\n  query ConsoleWebhookDeliveries($filter: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    webhookDeliveries(filter: $filter, sortBy: "createdTime:DESC", first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges {\n        node {\n          id status attemptCount nextAttemptTime deliveredTime createdTime subjectId\n          endpoint { id url }\n          event { id type }\n          attempts { createdTime statusCode durationMs error }\n        }\n      }\n    }\n  }\n':tn,"\n  mutation ConsoleCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { secret webhookEndpoint { id url } }\n  }\n":on,"\n  mutation ConsoleRotateWebhookSecret($id: ID!, $overlap: Int) {\n    rotateWebhookEndpointSecret(id: $id, overlap: $overlap) { secret webhookEndpoint { id previousSecretExpiresTime } }\n  }\n":rn,"\n  mutation ConsoleEnableWebhookEndpoint($id: ID!) {\n    enableWebhookEndpoint(id: $id) { webhookEndpoint { id isEnabled disabledReason } }\n  }\n":sn,"\n  mutation ConsoleDisableWebhookEndpoint($id: ID!) {\n    disableWebhookEndpoint(id: $id) { webhookEndpoint { id isEnabled disabledReason } }\n  }\n":an,"\n  mutation ConsoleDeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id) { deletedId }\n  }\n":un,"\n  mutation ConsoleRedeliverWebhook($id: ID!) {\n    redeliverWebhook(id: $id) { webhookDelivery { id status nextAttemptTime } }\n  }\n":cn};function P(n){return vn[n]??{}}var Nn=P(`
  query ConnectStart {
    viewer { permission authAccess { personId sources expiresTime } }
    sources(first: 100) {
      edges {
        node {
          key name
          credentialTypes {
            key name requiresPlatformApp
            fields { name label secret required pattern }
            hostedOAuth { fields { name label secret required pattern } }
          }
        }
      }
    }
    platformApps(first: 100, orderBy: [{ field: CREATED_TIME, direction: ASC }]) { edges { node { id source { key } } } }
  }
`),On=P(`
  mutation ConnectAccount($input: CreateAccountInput!) {
    createAccount(input: $input) { alreadyExists account { id identifier source { key name } } }
  }
`),$n=P(`
  mutation StartOAuthConnect($input: StartOAuthConnectInput!) {
    startOAuthConnect(input: $input) { connectUrl oauthConnect { id status source expiresTime } }
  }
`),kn=P(`
  query OAuthConnect($id: ID!) {
    oauthConnect(id: $id) { id status alreadyExists account { id identifier source { key name } } errorCode expiresTime }
  }
`);var ln="latchkey-oauth";var W=document.getElementById("app");W?.classList.add("widget");function In(){try{return JSON.parse(W?.dataset.result??"null")}catch{return null}}var ee=In();if(W&&ee){let n=window.opener;if(n&&ee.flow){let i={latchkey:"oauth-result",result:ee};n.postMessage(i,window.location.origin),window.close()}let e=document.createElement("button");e.type="button",e.textContent="Close this window",e.addEventListener("click",()=>window.close());let t=document.createElement("div");t.className="buttons",t.append(e),W.append(t)}var dn=W?.querySelector("form");dn&&window.name===ln&&window.opener&&dn.requestSubmit();})();
